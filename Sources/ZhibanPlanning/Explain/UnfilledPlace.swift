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
    public func reasons(_ language: Language = .zh) -> String {
        if candidates.isEmpty { return Localized("没有值守队伍或后备队伍的队员可排", "nobody in a keeping or reserve team to ask")(language) }
        return RefusalSummary.text(for: candidates, language)
    }

    /// Without the slot: `需要 2 人，已排 1 人 — 王伟 不能值 周六；…` / `needs 2, has 1 — 王伟 cannot serve on Saturdays; …`.
    public func explanation(_ language: Language) -> String {
        var head = Localized("需要 \(needed) 人，已排 \(placed) 人", "needs \(needed), has \(placed)")(language)
        if !unmet.isEmpty {
            let missing = unmet.map { $0.holders($0.count)(language) }
            head += Localized("（还缺 " + missing.joined(separator: "、") + "）", " (still short of " + missing.joined(separator: ", ") + ")")(language)
        }
        if pinned { head += Localized("（已锁定，不自动补人）", " (pinned: not filled automatically)")(language) }
        return "\(head) — \(reasons(language))"
    }

    /// `2022-04-09 夜班 南门：需要 2 人，已排 1 人 — 王伟 不能值 周六；…`.
    public var description: String { text(.zh) }

    /// With the slot, in one language: `2022-04-09 夜班 南门: needs 2, has 1 — …`.
    public func text(_ language: Language) -> String {
        "\(slot)" + Localized("：", ": ")(language) + explanation(language)
    }
}
