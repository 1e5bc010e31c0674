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
    /// More dates on duty in a row than allowed (the dates the person would then have in a row).
    case daysInARow(days: Int, limit: Int)
    /// Too few dates off in the 7 dates from `from` (the days off that would be left).
    case daysOff(from: LocalDate, off: Int, required: Int)
    /// More night shifts in a row than allowed.
    case nightsInARow(nights: Int, limit: Int)
    /// More duty in the 7 dates from `from` than allowed.
    case weeklyHours(from: LocalDate, minutes: Int, limit: Int)
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
        case .daysInARow: return .daysInARow
        case .daysOff: return .daysOff
        case .nightsInARow: return .nightsInARow
        case .weeklyHours: return .weeklyHours
        }
    }

    /// What keeps the person away, in Chinese, without their name: `不能值 周六`,
    /// `距 北门 白班 只休息 6 小时（至少 8 小时）`.
    public var description: String { text.zh }

    /// What keeps the person away, without their name, in both languages.
    public var text: Localized {
        switch self {
        case .unavailable(let limit):
            return Localized("不能值 \(limit)", "cannot serve " + PlacementRefusal.english(limit))
        case .alreadyOnShift:
            return Localized("已在本班", "already on this shift")
        case .busy(let slot):
            return Localized("同一时间在 \(slot.checkpoint) \(slot.shift)", "at \(slot.checkpoint) \(slot.shift) at the same time")
        case .dailyLimit(let date, let minutes, let limit):
            let (total, most) = (Hours.localized(minutes), Hours.localized(limit))
            return Localized("\(date) 共值班 \(total.zh)（每天最多 \(most.zh)）",
                             "\(total.en) on duty on \(date) (at most \(most.en) a day)")
        case .rest(let other, let otherIsBefore, let minutes, let required):
            let (rest, least) = (Hours.localized(minutes), Hours.localized(required))
            return Localized(
                "在 \(other.date) \(other.checkpoint) \(other.shift) \(otherIsBefore ? "之后" : "之前")只休息 \(rest.zh)（至少 \(least.zh)）",
                "only \(rest.en) of rest \(otherIsBefore ? "after" : "before") \(other.date) \(other.checkpoint) \(other.shift) (at least \(least.en))")
        case .daysInARow(let days, let limit):
            return Localized("连续值班 \(days) 天（最多 \(limit) 天）", "\(days) days on duty in a row (at most \(limit))")
        case .daysOff(let from, let off, let required):
            return Localized("\(from) 起 7 天只休 \(off) 天（至少 \(required) 天）",
                             "only \(off) days off in the 7 days from \(from) (at least \(required))")
        case .nightsInARow(let nights, let limit):
            return Localized("连续 \(nights) 个夜班（最多 \(limit) 个）", "\(nights) night shifts in a row (at most \(limit))")
        case .weeklyHours(let from, let minutes, let limit):
            let (total, most) = (Hours.localized(minutes), Hours.localized(limit))
            return Localized("\(from) 起 7 天共值班 \(total.zh)（最多 \(most.zh)）",
                             "\(total.en) on duty in the 7 days from \(from) (at most \(most.en))")
        case .lacks(.partyMembers):
            return Localized("不是党员", "not a party member")
        case .lacks(.skill(let skill)):
            return Localized("不会\(skill)", "lacks \(skill)")
        }
    }

    /// `on Saturdays`, `on 2022-04-17`, `白班 shifts`, `night shifts`.
    private static func english(_ limit: Unavailability) -> String {
        switch limit {
        case .weekday(let weekday): return "on \(weekday.english)s"
        case .date(let date): return "on \(date)"
        case .dates(let first, let last?): return "from \(first) to \(last)"
        case .dates(let first, nil): return "from \(first) on"
        case .shift(let shift): return "\(shift) shifts"
        case .nightShifts: return "night shifts"
        }
    }
}
