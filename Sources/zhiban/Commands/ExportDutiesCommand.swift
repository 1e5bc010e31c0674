import ArgumentParser
import ZhibanPlanning

/// `zhiban export duties [--from DATE] [--to DATE]`: the duties as CSV on standard output.
struct ExportDutiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "duties",
        abstract: HelpText.text("值班表导出为 CSV", "Duties as CSV on standard output."),
        discussion: HelpText.paragraphs(
            "表头：\(DutyExport.header.joined(separator: ","))（前四列固定，之后可能增加列）。每人每班一行，日期为 YYYY-MM-DD。",
            "Header: \(DutyExport.header.joined(separator: ",")) (the first four columns are fixed, more may follow). "
                + "One row per person on duty, ISO dates.")
    )

    @OptionGroup var options: RosterOptions
    @OptionGroup var dates: DateRangeOptions

    func run() throws {
        let roster = try options.openStore(readOnly: true).roster
        let (from, to) = try dates.parsed(for: roster, language: options.language)
        Console.write(document: DutyExport.csv(roster, from: from, to: to))
    }
}
