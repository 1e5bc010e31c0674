import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanOutput

/// `zhiban print`: the roster of a day or a range, on paper, in Markdown, CSV or HTML.
struct PrintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "print",
        abstract: HelpText.text("打印值班表", "Print the roster of a day or a range of days."),
        discussion: HelpText.paragraphs("""
            ★ 负责人   ☆ 党员   ________ 空位
            --by checkpoint 每个卡口一页（换页符分隔），可直接 lp 打印。
            --format xlsx -o 文件：Excel/WPS 排班表（人员×日期，白/夜/休，右侧合计）；--by checkpoint 每个卡口一张工作表。
            """, """
            ★ leader   ☆ party member   ________ open place.
            --by checkpoint: one page per gate, form feeds between, ready for lp.
            --format xlsx -o FILE: the roster as a workbook (people down, days across, totals right); one sheet per gate with --by checkpoint.
            """)
    )

    @OptionGroup var options: RosterOptions

    @Argument(help: ArgumentHelp(HelpText.text("日期或范围（默认今天）", "A date or FROM..TO (default: today)."), valueName: "DATE | FROM..TO"))
    var dates: String?

    @Option(name: .customLong("by"), help: ArgumentHelp(HelpText.text("分组：日期、卡口、队伍、个人", "Group by date, checkpoint, team or person."), valueName: "GROUPING"))
    var grouping: SheetGrouping = .date

    @Option(help: ArgumentHelp(HelpText.text("格式", "Output format."), valueName: "FORMAT"))
    var format: PrintFormat = .text

    @Flag(name: .customLong("no-phone"), help: ArgumentHelp(HelpText.text("不印电话", "Leave out phone numbers.")))
    var noPhone = false

    @Option(help: ArgumentHelp(HelpText.text("文本宽度（默认终端宽度，非终端为 80）", "Text width (default: the terminal's, 80 when not a terminal).")))
    var width: Int?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(HelpText.text("写入文件", "Write to a file."), valueName: "FILE"))
    var output: String?

    @Flag(help: ArgumentHelp(HelpText.text("CSV 加 UTF-8 BOM（Windows 版 Excel 需要）", "Start CSV with a UTF-8 byte-order mark, for Excel.")))
    var bom = false

    func validate() throws {
        if let width, width < 10 { throw ValidationError("--width 至少为 10 / must be at least 10") }
        try format.validate(output: output)
    }

    func run() throws {
        let store = try options.openStore(readOnly: true)
        let roster = store.roster
        let range = try dates.map { try DateArgument.range($0, for: roster, language: options.language) } ?? {
            let today = DateArgument.today(in: roster.settings.timeZone)
            return today...today
        }()
        let columns = width ?? (output == nil ? TerminalWidth.current() : TerminalWidth.fallback)
        let bytes: [UInt8]
        if let textFormat = format.textFormat {
            var job = PrintJob(roster: roster, dates: range, grouping: grouping, format: textFormat,
                               options: PrintOptions(includePhone: !noPhone, width: columns, byteOrderMark: bom))
            job.handovers = HandoverNotes(roster: roster, record: try ServedEntry.record(of: store, language: options.language), dates: range).lines
            bytes = Array(job.render().utf8)
        } else {
            bytes = [UInt8](WorkbookExport.data(roster: roster, dates: range, grouping: grouping, includePhone: !noPhone))
        }
        try OutputDestination.write(bytes: bytes, to: output, holdsPhones: !noPhone)
    }
}
