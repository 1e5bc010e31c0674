import ArgumentParser
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// `zhiban close DATE`: 确认当天 — every duty of the day with nothing recorded counts as served
/// as planned. Until then the day is unconfirmed and reports count it apart.
struct CloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close",
        abstract: HelpText.text("确认当天：没有记录的班按到岗计", "Close a day: duties with nothing recorded count as served."),
        discussion: HelpText.paragraphs("之后仍可用 zhiban record 更正。", "Later corrections with zhiban record still count.")
    )

    @OptionGroup var options: RosterOptions

    @Argument(help: ArgumentHelp(HelpText.text("日期（2022-04-08、4-8、4月8日、今天…）", "The date (2022-04-08, 4-8, 4月8日, today…)."), valueName: "DATE"))
    var date: String

    @Option(help: ArgumentHelp(HelpText.text("记录人（默认系统用户名）", "Who is closing it (default: the OS user)."), valueName: "NAME"))
    var by: String?

    func run() throws {
        let store = try options.openStore()
        let entry = ServedEntry(roster: store.roster, language: options.language)
        let day = try DateArgument.date(date, for: store.roster, language: entry.language)
        let record = try ServedEntry.record(of: store, language: options.language)
        let rules = ServedEntryRules(store.roster, record: record, today: entry.today, now: entry.minute)
        let recorder = try entry.recorder(by)
        guard !record.closedDates.contains(day) else {
            print(entry.say("\(day) 已经确认过了，没有再记。", "\(day) was already closed: nothing recorded."))
            return
        }
        let event = try entry.refuse { try rules.close(day, recordedAt: entry.now, recordedBy: recorder) }
        let (duties, people, unrecorded) = rules.closing(day)
        try ServedEntry.save([event], in: store)
        print(entry.say("已确认 \(day)：\(duties) 个班 \(people) 人次，其中 \(unrecorded) 人次没有记录，按到岗计。",
                        "Closed \(day): \(duties) duties, \(people) people on them, \(unrecorded) with nothing recorded counted as served."))
    }
}
