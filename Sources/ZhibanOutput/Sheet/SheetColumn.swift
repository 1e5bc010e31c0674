/// A column of a printed sheet; each format renders its cells in its own way.
public enum SheetColumn: String, CaseIterable, Hashable, Sendable {
    /// The date a shift starts on.
    case date
    /// The checkpoint (卡口).
    case checkpoint
    /// The shift's name.
    case shift
    /// The shift's hours, `08:00–20:00`.
    case hours
    /// One person on duty, with marks, or an open place.
    case person
    /// That person's phone.
    case phone
    /// The others on the same duty (person view).
    case partners
    /// A team's name.
    case team

    /// The column's header, in Chinese.
    public var title: String {
        switch self {
        case .date: return "日期"
        case .checkpoint: return "卡口"
        case .shift: return "班次"
        case .hours: return "时间"
        case .person: return "值班人员"
        case .phone: return "电话"
        case .partners: return "同班"
        case .team: return "队伍"
        }
    }
}
