/// When a volunteer cannot serve: a weekday, a date, a shift by name, or night shifts.
public enum Unavailability: Hashable, Sendable, CustomStringConvertible {
    /// Never on a night shift (written `夜班`): any shift through part of 00:00–05:00, and any
    /// shift named 夜班.
    case nightShifts
    /// Never on this day of the week.
    case weekday(Weekday)
    /// Not on this date.
    case date(LocalDate)
    /// Never on this shift.
    case shift(String)

    /// Reads one entry as written in the spreadsheet: `周六`, `2022-04-17`, or a shift name.
    ///
    /// Anything that is neither a weekday nor a date is taken as a shift name; whether that
    /// shift exists is for `zhiban check` to say.
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace()
        guard !t.isEmpty else { return nil }
        if let weekday = Weekday(parsing: t) {
            self = .weekday(weekday)
        } else if let date = LocalDate(parsing: t) {
            self = .date(date)
        } else if t == Unavailability.nightWord || t.lowercased() == "night" {
            self = .nightShifts
        } else if t.first?.isASCIIDigit == true {
            return nil  // looks like a date, but is not a real one (2022-02-30, 2022-13-01)
        } else {
            self = .shift(t)
        }
    }

    /// Whether this rules out `shift` starting on `date`.
    public func excludes(date: LocalDate, shift: Shift) -> Bool {
        switch self {
        case .weekday(let w): return date.weekday == w
        case .date(let d): return d == date
        case .shift(let s): return s == shift.name
        case .nightShifts: return shift.isNight || shift.name == Unavailability.nightWord
        }
    }

    /// The word that means "no night shifts".
    public static let nightWord = "夜班"

    /// As written in the files: `周六`, `2022-04-17`, `夜班`.
    public var description: String {
        switch self {
        case .weekday(let w): return w.chineseShort
        case .date(let d): return d.description
        case .shift(let s): return s
        case .nightShifts: return Unavailability.nightWord
        }
    }
}
