import Foundation

extension LocalDate {
    /// Reads a date as organizers write it: ISO `2022-04-08` (also `2022/4/8`), `2022年4月8日`,
    /// or without a year, `4-8`, `4/8`, `4月8日`, `4月8号`. A date without a year is the day of
    /// that month and day nearest to `reference` (so `12-28` near 2023-01-05 is 2022-12-28);
    /// without a reference it is not read. Nil when it is no real date.
    public init?(parsingShort text: String, near reference: LocalDate?) {
        var t = text.trimmingWhitespace()
        if let full = LocalDate(parsing: t) {
            self = full
            return
        }
        if t.hasSuffix("日") || t.hasSuffix("号") { t.removeLast() }
        guard t.contains("月") || !t.contains(where: { !$0.isASCIIDigit && $0 != "-" && $0 != "/" }) else { return nil }
        t = t.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-").replacingOccurrences(of: "/", with: "-")
        let parts = t.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        switch numbers.count {
        case 3 where parts[0].count == 4:
            guard let date = LocalDate(year: numbers[0], month: numbers[1], day: numbers[2]) else { return nil }
            self = date
        case 2 where parts.allSatisfy({ $0.count <= 2 }):
            guard let reference else { return nil }
            let nearest = (reference.year - 1...reference.year + 1)
                .compactMap { LocalDate(year: $0, month: numbers[0], day: numbers[1]) }
                .min { abs($0.distance(to: reference)) < abs($1.distance(to: reference)) }
            guard let nearest else { return nil }
            self = nearest
        default:
            return nil
        }
    }
}

extension Roster {
    /// The date a date written without a year is read near: the roster's last planned date, or
    /// `today` (in the roster's time zone) when nothing is planned yet.
    public func shortDateReference(today: LocalDate) -> LocalDate { dutyDateRange?.upperBound ?? today }
}
