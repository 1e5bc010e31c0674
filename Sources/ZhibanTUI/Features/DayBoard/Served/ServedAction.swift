/// What the day board's served keys record about the duty under the cursor (工作实绩纪实).
public enum ServedAction: Hashable, Sendable {
    /// 到岗: the person under the cursor served as planned.
    case served
    /// 缺岗: they did not come (asks the reason).
    case absent
    /// 替班: someone stood in for them (the pick list, then the reason).
    case replaced
    /// 迟到/早退: the times they actually came and left.
    case times
    /// 加班: someone not planned stood on the shift (the pick list).
    case extra
    /// 交接班记录: a note for the shift that takes over at this gate.
    case note
    /// 确认当天: every duty of the date with nothing recorded served as planned (asks first).
    case closeDay
}
