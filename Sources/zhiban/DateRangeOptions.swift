import ArgumentParser
import ZhibanModel

/// `--from DATE --to DATE`, shared by the commands that work on a range of dates.
struct DateRangeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.text("第一天（2022-04-01、4-1、4月1日、今天…）", "First date (2022-04-01, 4-1, 4月1日, today…)."),
                                            valueName: "DATE"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("最后一天（含）", "Last date, inclusive."), valueName: "DATE"))
    var to: String?

    /// The dates given (nil where not given), read as `DateArgument` reads a date (a date
    /// without a year near `roster`'s planned dates); a bad date or a range ending before it
    /// starts fails the command.
    func parsed(for roster: Roster?, language: Language) throws -> (from: LocalDate?, to: LocalDate?) {
        let first = try from.map { try DateRangeOptions.date($0, option: "--from", roster: roster, language: language) }
        let last = try to.map { try DateRangeOptions.date($0, option: "--to", roster: roster, language: language) }
        if let first, let last, last < first {
            throw CommandFailure.failed(Localized("--to \(last) 早于 --from \(first)", "--to \(last) is before --from \(first)")(language))
        }
        return (first, last)
    }

    private static func date(_ text: String, option: String, roster: Roster?, language: Language) throws -> LocalDate {
        do {
            return try DateArgument.date(text, for: roster, language: language)
        } catch {
            throw CommandFailure.failed(Localized("\(option)“\(text)”不是有效日期：写成 \(DateInput.forms.zh)",
                                                  "\(option) “\(text)” is not a valid date: write \(DateInput.forms.en)")(language))
        }
    }
}
