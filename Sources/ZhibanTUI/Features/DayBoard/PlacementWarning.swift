import ZhibanModel
import ZhibanPlanning

/// What a hand edit would break for the people it puts somewhere, said before it is done:
/// `李强 → 春谷新村南门 夜班：违反 休息不足。y 仍然安排（标 !），n 取消 — 在 …之后只休息 0 小时（至少 12 小时）`.
/// The rule's name and the answer keys come first, so they show even when the details are long.
enum PlacementWarning {
    /// The question to ask before `edited` becomes the roster, or nil when each person in
    /// `moves` breaks no rule on the slot they were put on.
    static func question(for edited: Roster, moves: [(person: String, slot: Slot)], directory: VolunteerDirectory) -> Localized? {
        var heads: [Localized] = []
        var details: [Localized] = []
        for move in moves {
            guard let volunteer = directory.volunteer(named: move.person) else { continue }
            let broken = CandidateCheck(roster: edited, slot: move.slot).broken(placing: volunteer)
            guard !broken.isEmpty else { continue }
            let rules = broken.map(\.rule).reduce(into: [Localized]()) { if !$0.contains($1) { $0.append($1) } }
            heads.append(Localized("\(move.person) → \(move.slot.checkpoint) \(move.slot.shift)：违反 " + rules.map(\.zh).joined(separator: "、"),
                                   "\(move.person) → \(move.slot.checkpoint) \(move.slot.shift) breaks " + rules.map(\.en).joined(separator: ", ")))
            details += broken.map(\.detail).filter { !rules.contains($0) }
        }
        guard !heads.isEmpty else { return nil }
        let more = details.isEmpty ? Localized("", "") : Localized(" — " + details.map(\.zh).joined(separator: "；"),
                                                                   " — " + details.map(\.en).joined(separator: "; "))
        return Localized(heads.map(\.zh).joined(separator: "；") + "。y 仍然安排（标 !），n 取消" + more.zh,
                         heads.map(\.en).joined(separator: "; ") + ". y: do it anyway (marked !), n: cancel" + more.en)
    }
}
