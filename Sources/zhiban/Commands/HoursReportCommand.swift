import ArgumentParser
import ZhibanModel
import ZhibanOutput
import ZhibanPlanning

extension HoursGrouping: ExpressibleByArgument {}

/// `zhiban report hours`: the 志愿服务时数一览表 — per person, team or unit, duties and hours
/// served, nights, absences, substitutions made and received, extras, totals, and the planned
/// duties of days not yet closed counted apart.
struct HoursReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hours",
        abstract: HelpText.text("志愿服务时数一览表", "Volunteer hours served (志愿服务时数一览表)."),
        discussion: HelpText.paragraphs(
            "只统计今天及以前。没有“确认当天”（zhiban close）的日子里没有记录的班另列为“未确认”，不计入服务时长。报表用中文（盖章用）。"
                + "--format xlsx -o 文件：Excel/WPS 工作簿，A4 打印，下有签字、盖章、日期栏。",
            "Only dates up to today. Duties with nothing recorded on days not closed are counted apart, never as served. "
                + "The report itself is in Chinese (it is signed and stamped). "
                + "--format xlsx -o FILE: an Excel/WPS workbook, printed on A4, with lines for signature, stamp and date.")
    )

    @OptionGroup var options: RosterOptions
    @OptionGroup var dates: DateRangeOptions

    @Option(name: .customLong("by"), help: ArgumentHelp(HelpText.text("按人、队伍或单位", "Rows per person, team or unit."), valueName: "person|team|unit"))
    var grouping: HoursGrouping = .person

    @Option(help: ArgumentHelp(HelpText.text("格式", "Output format."), valueName: "text|markdown|csv|html|xlsx"))
    var format: PrintFormat = .text

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(HelpText.text("写入文件", "Write to a file."), valueName: "FILE"))
    var output: String?

    func validate() throws {
        try format.validate(output: output)
    }

    func run() throws {
        let language = options.language
        let store = try options.openStore(readOnly: true)
        let (from, to) = try dates.parsed(for: store.roster, language: language)
        let record = try ServedEntry.record(of: store, language: options.language)
        let today = DateArgument.today(in: store.roster.settings.timeZone)
        let tally = ServedTally(store.roster, record: record, from: from, to: to, today: today)
        for problem in tally.problems { printError(problem.description(in: language)) }
        let table = HoursTable(title: store.roster.settings.title, tally: tally, grouping: grouping)
        try OutputDestination.write(bytes: render(table), to: output)
    }

    /// The report's bytes; none of the formats holds a phone number, so no file is made owner-only.
    private func render(_ table: HoursTable) -> [UInt8] {
        guard let textFormat = format.textFormat else { return [UInt8](HoursWorkbook.data(table)) }
        return Array(renderText(table, as: textFormat).utf8)
    }

    private func renderText(_ table: HoursTable, as textFormat: OutputFormat) -> String {
        switch textFormat {
        case .markdown: return HoursRenderer.markdown(table)
        case .csv: return HoursRenderer.csv(table)
        case .html: return HoursRenderer.html(table)
        case .text:
            var columns = TextColumns(header: table.header, rightAligned: table.numberColumns)
            columns.rows = table.rows
            let note = table.unconfirmedNote.isEmpty ? [] : ["", table.unconfirmedNote]
            let lines = [table.title, table.period, ""] + columns.lines + note + [""] + HoursTable.signatureLines
            return lines.map { $0.sanitizedForTerminal + "\n" }.joined()
        }
    }
}
