import ZhibanModel

/// What an organizer says happened to one person on one duty, before it is checked against the
/// plan: the options of `zhiban record`, the keys of the interface's day board.
public enum ServedReport: Hashable, Sendable {
    /// 到岗: served as planned.
    case served
    /// 缺岗: did not come.
    case absent
    /// 替班: this person (by name) stood in.
    case replaced(by: String)
    /// 迟到: came at this time.
    case arrived(ClockTime)
    /// 早退: left at this time.
    case left(ClockTime)
    /// 加班: stood without being planned.
    case extra

    /// The kind of event it is recorded as.
    public var kind: ServedEventKind {
        switch self {
        case .served: return .served
        case .absent: return .absent
        case .replaced: return .replaced
        case .arrived: return .arrived
        case .left: return .left
        case .extra: return .extra
        }
    }
}
