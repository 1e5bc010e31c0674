import Foundation

/// When a volunteer cannot serve: a weekday, a date, a shift by name, or night shifts.
public enum Unavailability: Hashable, Sendable, CustomStringConvertible {
    /// Never on a night shift (written `夜班`): any shift through part of 00:00–05:00, and any
    /// shift named 夜班.
    case nightShifts
    /// Never on this day of the week.
    case weekday(Weekday)
    /// Not on this date.
    case date(LocalDate)
    /// Not from the first date to the last, both included (a sick leave, a quarantine); with no
    /// last date, not from the first date on.
    case dates(LocalDate, through: LocalDate?)
    /// Never on this shift.
    case shift(String)

    /// Reads one entry as written in the spreadsheet: `周六`, `2022-04-17`, a range of dates
    /// (`2022-04-08~2022-04-21`, `4-8~4-21`, `4月8日至4月21日`, `4-8~` for "from 4-8 on"), or a
    /// shift name. A date without a year is the one nearest to `reference` (see
    /// `LocalDate(parsingShort:near:)`); a range's last date is the first such day from its first.
    ///
    /// Anything that is neither a weekday nor a date is taken as a shift name; whether that
    /// shift exists is for `zhiban check` to say.
    public init?(parsing text: String, near reference: LocalDate? = nil) {
        let t = text.trimmingWhitespace()
        guard !t.isEmpty else { return nil }
        // The entries most files hold, told by their bytes first (what follows compares Characters;
        // the generic `elementsEqual` took some 500 instructions a comparison).
        if NameKey.same(t, Unavailability.nightWord) {
            self = .nightShifts
        } else if let weekday = Weekday.allCases.first(where: { NameKey.same(t, $0.chineseShort) }) {
            self = .weekday(weekday)
        } else if let date = LocalDate(parsing: t) {
            self = .date(date)
        } else if let weekday = Weekday(parsing: t) {
            self = .weekday(weekday)
        } else if let date = LocalDate(parsingShort: t, near: reference) {
            self = .date(date)
        } else if let range = Unavailability.range(t, near: reference) {
            self = range
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
        case .date, .dates: return covers(date)
        case .shift(let s): return s == shift.name
        case .nightShifts: return shift.isNight || shift.name == Unavailability.nightWord
        }
    }

    /// Whether this rules out every shift of `date`: a date, or a range holding it.
    public func covers(_ date: LocalDate) -> Bool {
        switch self {
        case .date(let d): return d == date
        case .dates(let first, let last): return first <= date && last.map { date <= $0 } ?? true
        case .weekday, .shift, .nightShifts: return false
        }
    }

    /// The mark between the dates of a range in the files: `2022-04-08~2022-04-21`.
    public static let rangeMark = "~"

    /// The words read as "to" between two dates.
    private static let rangeWords = ["~", "～", "至", "到"]

    /// `2022-04-08~2022-04-21`, `4-8~4-21`, `4月8日至4月21日`, `4-8~`; nil unless both sides are
    /// dates (the second may be missing) and the second is not before the first.
    private static func range(_ text: String, near reference: LocalDate?) -> Unavailability? {
        guard let mark = rangeWords.compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        guard let first = LocalDate(parsingShort: String(text[..<mark.lowerBound]), near: reference) else { return nil }
        let rest = String(text[mark.upperBound...]).trimmingWhitespace()
        if rest.isEmpty { return .dates(first, through: nil) }
        guard var last = LocalDate(parsingShort: rest, near: first) else { return nil }
        let hasYear = LocalDate(parsing: rest) != nil || rest.contains("年")
        // `12-28~1-5`: the last date is in the next year; a longer wrap is a slip (`4-21~4-8`).
        if !hasYear, last < first, let later = LocalDate(year: last.year + 1, month: last.month, day: last.day),
           first.distance(to: later) <= 183 { last = later }
        guard first <= last else { return nil }
        return first == last ? .date(first) : .dates(first, through: last)
    }

    /// The word that means "no night shifts".
    public static let nightWord = "夜班"

    /// As written in the files: `周六`, `2022-04-17`, `夜班`.
    public var description: String {
        switch self {
        case .weekday(let w): return w.chineseShort
        case .date(let d): return d.description
        case .dates(let first, let last): return "\(first)\(Unavailability.rangeMark)\(last?.description ?? "")"
        case .shift(let s): return s
        case .nightShifts: return Unavailability.nightWord
        }
    }
}
