/// What one line of the served record (工作实绩纪实) says happened.
public enum ServedEventKind: String, CaseIterable, Hashable, Sendable {
    /// 到岗: the person served as planned.
    case served = "到岗"
    /// 缺岗: the person did not come (a reason is usually given).
    case absent = "缺岗"
    /// 替班: someone else (`ServedEvent.substitute`) stood in for the person.
    case replaced = "替班"
    /// 迟到: the person came at `ServedEvent.time`, after the shift began.
    case arrived = "迟到"
    /// 早退: the person left at `ServedEvent.time`, before the shift ended.
    case left = "早退"
    /// 加班: the person stood a shift they were not planned on.
    case extra = "加班"
    /// 交接: a handover note for the gate and shift (交接班记录), no person.
    case note = "交接"
    /// 确认当天: the day is closed; planned people with no other event served as planned.
    case close = "确认当天"

    /// Whether the event decides whether the person served (到岗, 缺岗, 替班, 加班), as opposed
    /// to adjusting their times (迟到, 早退) or being about the shift or the day.
    public var isOutcome: Bool { [.served, .absent, .replaced, .extra].contains(self) }

    /// Whether the event is about one person on one duty.
    public var isAboutPerson: Bool { self != .note && self != .close }
}
