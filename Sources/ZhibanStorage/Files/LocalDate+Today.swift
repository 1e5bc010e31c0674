import Foundation
import ZhibanModel

extension LocalDate {
    /// Today's date on the wall clocks of an IANA time zone (the machine's zone if unknown):
    /// what a date written without a year in the files is read near when nothing is planned.
    static func today(inZone identifier: String) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: identifier) ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }
}
