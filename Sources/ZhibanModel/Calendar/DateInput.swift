/// Dates as an organizer types them, in the interface and on the command line: `2022-04-07`,
/// `4-7`, `4/7` or `4月7日` (without a year: the day nearest a reference date, as
/// `LocalDate(parsingShort:near:)` reads it), `+3` / `-2` (days from a date), `today` / `今天`.
public enum DateInput {
    /// The date `text` names, or nil: `+N`/`-N` count from `date`, a date without a year is the
    /// one nearest `near` (by default `date` too).
    public static func parse(_ text: String, relativeTo date: LocalDate, near: LocalDate? = nil, today: LocalDate) -> LocalDate? {
        let t = text.trimmingWhitespace()
        if t == "today" || t == "今天" { return today }
        if let first = t.first, first == "+" || first == "-", let days = Int(t.dropFirst()) {
            return date.adding(days: first == "+" ? days : -days)
        }
        return LocalDate(parsingShort: t, near: near ?? date)  // as the files read 不能值班: the nearest such day
    }

    /// The forms it reads, for messages: `2022-04-07、4-7、4月7日、+1、今天`.
    public static let forms = Localized("2022-04-07、4-7、4月7日、+1 或 今天", "2022-04-07, 4-7, 4月7日, +1 or today")
}
