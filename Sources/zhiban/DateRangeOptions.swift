import ArgumentParser
import ZhibanModel

/// `--from DATE --to DATE`, shared by the commands that work on a range of dates.
struct DateRangeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.text("第一天", "First date (YYYY-MM-DD)."), valueName: "DATE"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("最后一天（含）", "Last date, inclusive (YYYY-MM-DD)."), valueName: "DATE"))
    var to: String?

    /// The dates given (nil where not given); a bad date or a range ending before it starts fails the command.
    func parsed(language: Language) throws -> (from: LocalDate?, to: LocalDate?) {
        let first = try from.map { try DateRangeOptions.date($0, option: "--from", language: language) }
        let last = try to.map { try DateRangeOptions.date($0, option: "--to", language: language) }
        if let first, let last, last < first {
            throw CommandFailure.failed(Localized("--to \(last) 早于 --from \(first)", "--to \(last) is before --from \(first)")(language))
        }
        return (first, last)
    }

    private static func date(_ text: String, option: String, language: Language) throws -> LocalDate {
        guard let date = LocalDate(parsing: text) else {
            throw CommandFailure.failed(Localized("\(option)“\(text)”不是有效日期，应为 YYYY-MM-DD",
                                                  "\(option) “\(text)” is not a valid date (YYYY-MM-DD)")(language))
        }
        return date
    }
}
