import ZhibanModel

/// Dates as an organizer types them into the interface: `2022-04-07`, `4-7`, `4/7` or `4月7日`
/// (in the year of the date shown), `+3` / `-2` (days from it), `today` / `今天`.
enum DateInput {
    /// The date `text` names, or nil.
    static func parse(_ text: String, relativeTo date: LocalDate, today: LocalDate) -> LocalDate? {
        let t = text.trimmingWhitespace()
        if t == "today" || t == "今天" { return today }
        if let full = LocalDate(parsing: t) { return full }
        if let first = t.first, first == "+" || first == "-", let days = Int(t.dropFirst()) {
            return date.adding(days: first == "+" ? days : -days)
        }
        let parts = t.replacingOccurrences(of: "月", with: "-").replacingOccurrences(of: "日", with: "")
            .split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, let month = Int(parts[0]), let day = Int(parts[1]) else { return nil }
        return LocalDate(year: date.year, month: month, day: day)
    }
}
