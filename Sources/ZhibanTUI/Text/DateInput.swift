import ZhibanModel

/// Dates as an organizer types them into the interface: `2022-04-07`, `4-7`, `4/7` or `4月7日`
/// (the day nearest the date shown, as `LocalDate(parsingShort:near:)` reads it), `+3` /
/// `-2` (days from it), `today` / `今天`.
enum DateInput {
    /// The date `text` names, or nil.
    static func parse(_ text: String, relativeTo date: LocalDate, today: LocalDate) -> LocalDate? {
        let t = text.trimmingWhitespace()
        if t == "today" || t == "今天" { return today }
        if let first = t.first, first == "+" || first == "-", let days = Int(t.dropFirst()) {
            return date.adding(days: first == "+" ? days : -days)
        }
        return LocalDate(parsingShort: t, near: date)  // as the files read 不能值班: the nearest such day
    }
}
