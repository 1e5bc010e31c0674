import ZhibanModel

/// A shift left with fewer people than it needs, and why: who could have been asked and
/// which rule keeps each of them away.
public struct UnfilledPlace: Hashable, Sendable, CustomStringConvertible {
    /// The shift.
    public let slot: Slot
    /// People it needs.
    public let needed: Int
    /// People on it.
    public let placed: Int
    /// Requirements still short, each with the number still missing.
    public let unmet: [Requirement]
    /// Pinned by a hand edit, so the planner added nobody.
    public let pinned: Bool
    /// Everyone who could be asked (rotation teams, keepers, reserve) and what keeps them away.
    public let candidates: [CandidateRefusal]
    /// Where the duty was read from, when there is one.
    public let location: SourceLocation?

    /// Creates an explanation.
    public init(slot: Slot, needed: Int, placed: Int, unmet: [Requirement], pinned: Bool,
                candidates: [CandidateRefusal], location: SourceLocation?) {
        self.slot = slot
        self.needed = needed
        self.placed = placed
        self.unmet = unmet
        self.pinned = pinned
        self.candidates = candidates
        self.location = location
    }

    /// The reasons in short: `王伟 不能值 周六；李强 …；机动组 全员已在别处值班`.
    public var reasons: String {
        if candidates.isEmpty { return "没有值守队伍或后备队伍的队员可排" }
        return RefusalSummary.text(for: candidates)
    }

    /// `2022-04-09 夜班 南门：需要 2 人，已排 1 人 — 王伟 不能值 周六；…`.
    public var description: String {
        var head = "\(slot)：需要 \(needed) 人，已排 \(placed) 人"
        if !unmet.isEmpty { head += "（还缺 " + unmet.map { "\($0.count) 名\($0.holderTitle)" }.joined(separator: "、") + "）" }
        if pinned { head += "（已锁定，不自动补人）" }
        return "\(head) — \(reasons)"
    }
}
