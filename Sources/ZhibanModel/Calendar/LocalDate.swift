/// A calendar date with no time zone: what an organizer writes on the roster.
///
/// Stored as the number of days since 1970-01-01 (proleptic Gregorian), so adding days and
/// comparing dates never drifts with time zones or daylight saving.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible, Strideable {
    /// Days since 1970-01-01.
    public let dayNumber: Int

    /// Creates a date from its day number (days since 1970-01-01).
    public init(dayNumber: Int) { self.dayNumber = dayNumber }

    /// Creates a date from year, month and day; nil for an impossible date such as 2022-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        dayNumber = LocalDate.daysFromCivil(year: year, month: month, day: day)
    }

    /// Parses ISO `YYYY-MM-DD` (also `YYYY/MM/DD` and `YYYY-M-D`, as spreadsheets write them).
    public init?(parsing text: String) {
        // On the bytes (a district's duties hold 45,000 dates): ASCII digits and one kind of
        // separator, anything else is no date. `YYYY-MM-DD` as zhiban writes it first, read
        // straight from the text's bytes.
        if let written = text.utf8.withContiguousStorageIfAvailable(LocalDate.written), let written {
            self.init(year: written.0, month: written.1, day: written.2)
            return
        }
        var trimmed = text.trimmingWhitespace()
        guard let (year, month, day) = trimmed.withUTF8(LocalDate.yearMonthDay) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Year, month and day of exactly `YYYY-MM-DD`, nil for anything else (which the general
    /// reading then tells).
    private static func written(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        var value = 0
        for position in 0..<10 where position != 4 && position != 7 {
            let digit = Int(bytes[position]) - 0x30
            guard digit >= 0 && digit <= 9 else { return nil }
            value = value * 10 + digit
        }
        return (value / 10_000, value / 100 % 100, value % 100)
    }

    /// Year, month and day of `YYYY-M-D` or `YYYY/M/D` (months and days of one or two digits) in
    /// UTF-8, nil for anything else.
    private static func yearMonthDay(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        let separator: UInt8 = bytes.contains(UInt8(ascii: "/")) ? UInt8(ascii: "/") : UInt8(ascii: "-")
        var numbers = (0, 0, 0), lengths = (0, 0, 0), part = 0
        for byte in bytes {
            if byte == separator {
                part += 1
                guard part < 3 else { return nil }
                continue
            }
            guard (0x30...0x39).contains(byte) else { return nil }
            let digit = Int(byte - 0x30)
            switch part {
            case 0: (numbers.0, lengths.0) = (numbers.0 * 10 + digit, lengths.0 + 1)
            case 1: (numbers.1, lengths.1) = (numbers.1 * 10 + digit, lengths.1 + 1)
            default: (numbers.2, lengths.2) = (numbers.2 * 10 + digit, lengths.2 + 1)
            }
            guard lengths.0 <= 4, lengths.1 <= 2, lengths.2 <= 2 else { return nil }
        }
        guard part == 2, lengths.0 == 4, lengths.1 >= 1, lengths.2 >= 1 else { return nil }
        return numbers
    }

    /// Year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whether two dates fall in the same month of the same year.
    public static func sameMonth(_ lhs: LocalDate, _ rhs: LocalDate) -> Bool {
        let (left, right) = (lhs.components, rhs.components)
        return left.year == right.year && left.month == right.month
    }

    /// The year.
    public var year: Int { components.year }
    /// The month, 1–12.
    public var month: Int { components.month }
    /// The day of the month, 1–31.
    public var day: Int { components.day }

    /// The day of the week (1970-01-01 was a Thursday).
    public var weekday: Weekday {
        let mondayBased = ((dayNumber + 3) % 7 + 7) % 7
        return Weekday(rawValue: mondayBased + 1)!
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    /// ISO `YYYY-MM-DD`, the year padded to four digits as `init(parsing:)` wants it (`0787-04-06`).
    public var description: String {
        let c = components
        if (0...9999).contains(c.year) {
            // Ten ASCII digits and dashes, written straight into the string: dates are printed
            // for every line of a district month's sheets, files and changes.
            let digits = [(c.year, 4), (c.month, 2), (c.day, 2)]
            return String(unsafeUninitializedCapacity: 10) { buffer in
                var end = 0
                for (part, (value, width)) in digits.enumerated() {
                    if part > 0 { buffer[end] = UInt8(ascii: "-"); end += 1 }
                    var rest = value
                    for place in stride(from: end + width - 1, through: end, by: -1) {
                        buffer[place] = UInt8(ascii: "0") + UInt8(rest % 10)
                        rest /= 10
                    }
                    end += width
                }
                return end
            }
        }
        let year = String(c.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + twoDigits(c.month) + "-" + twoDigits(c.day)
    }

    /// Every date from `self` through `last`, inclusive.
    public func through(_ last: LocalDate) -> [LocalDate] {
        last < self ? [] : (dayNumber...last.dayNumber).map(LocalDate.init(dayNumber:))
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
    public func distance(to other: LocalDate) -> Int { other.dayNumber - dayNumber }
    public func advanced(by n: Int) -> LocalDate { adding(days: n) }

    /// Whether `year` is a leap year in the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// The number of days in a month.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
