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
}
