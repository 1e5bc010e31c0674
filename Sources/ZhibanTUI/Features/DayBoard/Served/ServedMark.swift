import ZhibanModel

/// What the served record says of one person on a duty of today or a past day, as the day board
/// shows it: a symbol written after the name (so it reads in monochrome) and a style role (its
/// colour).
///
/// `王伟✓` 到岗 (recorded, or the day closed with nothing recorded), `王伟✗` 缺岗, `王伟>李娜` 替班,
/// `王伟~` 迟到/早退 (times recorded), `李娜✚` 加班 (someone not planned who stood).
enum ServedMark: Hashable, Sendable {
    /// 到岗: served as planned (recorded, or the day closed).
    case served
    /// 缺岗.
    case absent
    /// 替班: this person stood in.
    case replaced(by: String)
    /// 迟到/早退: served, with actual times recorded.
    case partly
    /// 加班: stood without being planned.
    case extra

    /// The mark of a planned person, or nil when nothing is recorded and the day is not closed.
    init?(planned entry: ServedRecord.Entry?, dayClosed: Bool) {
        switch entry?.outcome?.kind {
        case .absent?: self = .absent
        case .replaced?: self = .replaced(by: entry?.outcome?.substitute ?? "")
        case .served?, .extra?, nil:
            if entry?.arrived != nil || entry?.left != nil {
                self = .partly
            } else if entry?.outcome != nil || dayClosed {
                self = .served
            } else {
                return nil
            }
        case .arrived?, .left?, .note?, .close?: return nil
        }
    }

    /// What is written after the name.
    var suffix: String {
        switch self {
        case .served: return Marks.served
        case .absent: return Marks.absent
        case .replaced(let substitute): return Marks.replaced + substitute
        case .partly: return Marks.partly
        case .extra: return Marks.extra
        }
    }

    /// The colour it is drawn in.
    var role: StyleRole {
        switch self {
        case .served, .extra: return .served
        case .absent: return .absent
        case .replaced: return .substituted
        case .partly: return .partly
        }
    }

    /// The symbols and what they mean, for the help page.
    static let legend: [(symbol: String, meaning: Localized)] = [
        (Marks.served, Localized("到岗（已记录，或当天已确认）", "served (recorded, or the day closed)")),
        (Marks.absent, Localized("缺岗", "absent")),
        (Marks.replaced + "李娜", Localized("替班：李娜 替了他", "replaced: 李娜 stood in")),
        (Marks.partly, Localized("迟到或早退（记了实际时间）", "arrived late or left early (times recorded)")),
        (Marks.extra, Localized("加班（计划外顶班）", "extra (stood without being planned)")),
    ]
}
