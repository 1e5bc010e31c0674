import ZhibanModel

/// What the pick list chooses someone for.
public enum PickPurpose: Hashable, Sendable {
    /// The place itself: the person chosen is put there (an edit of the plan).
    case place
    /// Who stood in for this person (替班): recorded in the served record, with a reason.
    case substitute(for: String)
    /// Who stood on the shift without being planned (加班): recorded in the served record.
    case extra

    /// The pick list's title before the slot: `选人：`, `替班：谁替了 王伟 — `.
    var title: Localized {
        switch self {
        case .place: return Localized("选人：", "Choose for ")
        case .substitute(let person): return Localized("替班：谁替了 \(person) — ", "Replaced: who stood in for \(person) — ")
        case .extra: return Localized("加班：谁来顶了班 — ", "Extra: who stood without being planned — ")
        }
    }
}
