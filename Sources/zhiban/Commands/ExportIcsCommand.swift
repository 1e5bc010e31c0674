import ArgumentParser
import ZhibanModel
import ZhibanOutput

/// `zhiban export ics`: a person's or a team's duties as an iCalendar file for phone calendars.
struct ExportIcsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: HelpText.text("导出日历（.ics）", "Export duties as iCalendar (RFC 5545)."),
        discussion: HelpText.paragraphs(
            "每个班一个日程；UID 固定，重新导入会更新而不是重复。时区取自 roster.toml（默认 Asia/Shanghai）。",
            "One event per duty; UIDs are stable so a re-import updates events instead of duplicating them. "
                + "The time zone is the roster's (default Asia/Shanghai).")
    )

    @OptionGroup var options: RosterOptions

    @Option(help: ArgumentHelp(HelpText.text("此人的值班", "This person's duties."), valueName: "NAME"))
    var person: String?

    @Option(help: ArgumentHelp(HelpText.text("此队伍的值班", "This team's duties."), valueName: "NAME"))
    var team: String?

    @Option(help: ArgumentHelp(HelpText.text("开始日期（默认最早的值班）", "First date (default: the first duty)."), valueName: "DATE"))
    var from: String?

    @Option(help: ArgumentHelp(HelpText.text("结束日期（默认最后的值班）", "Last date (default: the last duty)."), valueName: "DATE"))
    var to: String?

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(HelpText.text("写入文件", "Write to a file."), valueName: "FILE"))
    var output: String?

    func validate() throws {
        guard (person == nil) != (team == nil) else {
            throw ValidationError("请给出 --person 或 --team 之一 / give exactly one of --person NAME or --team NAME")
        }
    }

    func run() throws {
        let language = options.language
        let roster = try options.openStore(readOnly: true).roster
        let subject: CalendarSubject = person.map(CalendarSubject.person) ?? .team(team!)
        // Missing ends default to the first and last planned duty; a range given on one side
        // only never ends before it starts.
        let planned = roster.dutyDateRange
        let first = try from.map { try DateArgument.date($0, for: roster, language: language) } ?? planned?.lowerBound
        let last = try to.map { try DateArgument.date($0, for: roster, language: language) } ?? planned?.upperBound
        var dates: ClosedRange<LocalDate>?
        if let start = first ?? last, let end = last ?? first {
            dates = try DateArgument.range(from: from == nil ? min(start, end) : start, to: to == nil ? max(start, end) : end,
                                           language: language)
        }
        do {
            try OutputDestination.write(try CalendarExport(roster: roster, subject: subject, dates: dates).render(), to: output)
        } catch let error as OutputError {
            throw CommandFailure.failed(error.message(in: language))
        }
    }
}
