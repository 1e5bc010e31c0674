import ZhibanModel

/// One hard rule broken by a duty (or one place left empty), as `zhiban check` reports it.
public struct RuleViolation: Hashable, Sendable, CustomStringConvertible {
    /// Which rule.
    public enum Kind: String, Hashable, Sendable, CaseIterable, Comparable {
        /// Fewer people than the shift needs: an empty place, not a broken rule.
        case understaffed
        /// More people than the shift takes.
        case overstaffed
        /// Too few party members or people with a skill, with no place left to add them.
        case requirement
        /// Someone on a weekday, date or shift they cannot serve.
        case unavailable
        /// Someone in two places at once (or twice on one shift).
        case doubleBooked
        /// Too little rest between two shifts of one person.
        case rest
        /// More duty on one calendar day than allowed.
        case dailyHours
        /// More days on duty in a row than `max_days_in_a_row`.
        case daysInARow
        /// Fewer days off in 7 days in a row than `min_days_off_per_week`.
        case daysOff
        /// More night shifts in a row than `max_nights_in_a_row`.
        case nightsInARow
        /// More duty in 7 days in a row than `max_hours_per_week`.
        case weeklyHours
        /// Someone who is neither a keeper nor the reserve of the checkpoint.
        case notKeeper
        /// A person the roster does not know.
        case unknownPerson
        /// A shift the roster does not know, or one the checkpoint does not use.
        case unknownShift
        /// A checkpoint the roster does not know.
        case unknownCheckpoint

        /// Whether this breaks a hard rule (an empty place does not: it is a gap to fill).
        public var isBreak: Bool { self != .understaffed }

        /// The rule's name, for summaries.
        public var title: Localized {
            switch self {
            case .understaffed: return Localized("人数不足", "short-handed")
            case .overstaffed: return Localized("人数超出", "too many people")
            case .requirement: return Localized("要求未满足", "requirement unmet")
            case .unavailable: return Localized("不能值班", "unavailable")
            case .doubleBooked: return Localized("一人两岗", "two places at once")
            case .rest: return Localized("休息不足", "too little rest")
            case .dailyHours: return Localized("每日时长超限", "too long a day")
            case .daysInARow: return Localized("连续值班过多", "days in a row")
            case .daysOff: return Localized("休息日不足", "too few days off")
            case .nightsInARow: return Localized("连续夜班过多", "nights in a row")
            case .weeklyHours: return Localized("每周时长超限", "too long a week")
            case .notKeeper: return Localized("非值守队伍", "not a keeper")
            case .unknownPerson: return Localized("未知人员", "unknown person")
            case .unknownShift: return Localized("未知班次", "unknown shift")
            case .unknownCheckpoint: return Localized("未知卡口", "unknown checkpoint")
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// Which rule.
    public let kind: Kind
    /// The duty's slot.
    public let slot: Slot
    /// The people concerned (empty for a head count).
    public let people: [String]
    /// What is wrong, without the slot, in both languages: `王伟 不能值 周六`.
    public let detail: Localized
    /// Where the duty was read from, for `file:line: message`.
    public let location: SourceLocation?

    /// Creates a violation.
    public init(kind: Kind, slot: Slot, people: [String], detail: Localized, location: SourceLocation?) {
        self.kind = kind
        self.slot = slot
        self.people = people
        self.detail = detail
        self.location = location
    }

    /// The whole message in Chinese, starting with the slot: `2022-04-09 夜班 南门：王伟 不能值 周六`.
    public var message: String { "\(slot)：\(detail.zh)" }

    /// Whether this breaks a hard rule (an empty place does not).
    public var isBreak: Bool { kind.isBreak }

    /// `duties.csv:12: 2022-04-09 夜班 南门：…` when the location is known, else the message.
    public var description: String { location.map { "\($0): \(message)" } ?? message }

    /// The order reports use: slot, then rule, then people.
    public static func reportOrder(_ lhs: RuleViolation, _ rhs: RuleViolation) -> Bool {
        if lhs.slot != rhs.slot { return lhs.slot < rhs.slot }
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return lhs.people.lexicographicallyPrecedes(rhs.people)
    }
}
