import Foundation

extension LocalDate {
    /// Today's date on the wall clocks of an IANA time zone (the machine's zone when the name is
    /// unknown): the roster's today, for the command line, the interface and for reading a date
    /// written without a year when nothing is planned yet.
    public static func today(inTimeZone identifier: String) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: identifier) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }

    /// The minute now on the wall clocks of an IANA time zone (the machine's zone when the name
    /// is unknown), counted as `TimeSpan` counts: minutes since 1970-01-01 00:00 there. Whether
    /// a shift has ended yet, for closing a day.
    public static func wallClockMinute(inTimeZone identifier: String) -> Int {
        let zone = TimeZone(identifier: identifier) ?? .current
        let now = Date()
        let seconds = now.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: now))
        return Int((seconds / 60).rounded(.down))
    }
}
