import ZhibanModel

/// Why one person cannot take one place: the first hard rule that placing them would break.
public enum PlacementRefusal: Hashable, Sendable, CustomStringConvertible {
    /// The person said they cannot serve then (a weekday, a date or a shift).
    case unavailable(Unavailability)
    /// The person is already on this very shift.
    case alreadyOnShift
    /// The person is on another duty at the same time.
    case busy(at: Slot)
    /// The person's duty on a calendar day would exceed the daily limit.
    case dailyLimit(date: LocalDate, minutes: Int, limit: Int)
    /// Too little rest between this shift and another of the person's shifts.
    case rest(other: Slot, otherIsBefore: Bool, minutes: Int, required: Int)
    /// The place needs someone with a quality (党员, a skill) the person lacks.
    case lacks(Requirement.Kind)

    /// The rule concerned, for grouping explanations.
    public var rule: RuleViolation.Kind {
        switch self {
        case .unavailable: return .unavailable
        case .alreadyOnShift, .busy: return .doubleBooked
        case .dailyLimit: return .dailyHours
        case .rest: return .rest
        case .lacks: return .requirement
        }
    }

    /// What keeps the person away, in Chinese, without their name: `不能值 周六`,
    /// `距 北门 白班 只休息 6 小时（至少 8 小时）`.
    public var description: String {
        switch self {
        case .unavailable(let limit):
            return "不能值 \(limit)"
        case .alreadyOnShift:
            return "已在本班"
        case .busy(let slot):
            return "同一时间在 \(slot.checkpoint) \(slot.shift)"
        case .dailyLimit(let date, let minutes, let limit):
            return "\(date) 共值班 \(Hours.text(minutes))（每天最多 \(Hours.text(limit))）"
        case .rest(let other, let otherIsBefore, let minutes, let required):
            let relation = otherIsBefore ? "之后" : "之前"
            return "在 \(other.date) \(other.checkpoint) \(other.shift) \(relation)只休息 \(Hours.text(minutes))（至少 \(Hours.text(required))）"
        case .lacks(let kind):
            switch kind {
            case .partyMembers: return "不是党员"
            case .skill(let skill): return "不会\(skill)"
            }
        }
    }
}
