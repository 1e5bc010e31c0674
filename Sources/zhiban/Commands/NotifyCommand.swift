import ArgumentParser
import ZhibanModel
import ZhibanOutput

/// `zhiban notify [DATE] [--team NAME] [--combined]`: the group-chat messages for the evening
/// before a duty day (tomorrow by default).
struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: HelpText.text("生成群通知（前一晚发）", "The group-chat message for the evening before."),
        discussion: HelpText.paragraphs("""
            每个队伍一条：【明日值班】日期、各卡口各班次人员（负责人在前）、后备待命人员；
            --combined 改为整个社区一条（发社区大群）。roster.toml 的 [notify] closing 是每条的结束语。
            超过 \(ChatNotice.defaultLimit) 字时分成 (1/n) (2/n)… 几条。消息之间空一行。
            那天没有任何人值班时不生成通知，在标准错误上提醒，退出码 1。
            前一班留下的交接班记录（zhiban record … --note）另成一条，放在最后。
            """, """
            One message per team (--combined: one for the whole community); the closing line
            ([notify] closing in roster.toml) ends each. Longer than \(ChatNotice.defaultLimit) characters,
            a message is split into numbered parts. A day with nobody on duty is status 1, with a warning.
            Handover notes for the day (zhiban record … --note) follow as a last message of their own.
            """)
    )

    @OptionGroup var options: RosterOptions

    @Argument(help: ArgumentHelp(HelpText.text("值班日期（默认明天，按值班表的时区）", "The duty day (default: tomorrow in the roster's time zone)."), valueName: "DATE"))
    var date: String?

    @Option(help: ArgumentHelp(HelpText.text("只生成这个队伍的", "Only this team."), valueName: "NAME"))
    var team: String?

    @Flag(help: ArgumentHelp(HelpText.text("整个社区一条消息（社区大群）", "One message for the whole community's group chat.")))
    var combined = false

    func validate() throws {
        if combined && team != nil { throw ValidationError("--combined 与 --team 不能同时使用 / --combined and --team cannot be used together") }
    }

    func run() throws {
        let language = options.language
        let store = try options.openStore(readOnly: true)
        let roster = store.roster
        let today = DateArgument.today(in: roster.settings.timeZone)
        let day = try date.map { try DateArgument.date($0, for: roster, language: language) } ?? today.adding(days: 1)
        let notice = ChatNotice(roster: roster, date: day, team: team, sentOn: today)
        if notice.nothingPlanned {
            throw CommandFailure.failed(Localized(
                "\(day) 没有任何人值班，没有生成通知。先排班：zhiban rotate --from \(day) --to \(day)",
                "Nobody is on duty on \(day): no message made. Plan the day first: zhiban rotate --from \(day) --to \(day)")(language))
        }
        let handovers = HandoverNotes(roster: roster, record: try ServedEntry.record(of: store, language: options.language), dates: day...day, team: team).lines
        do {
            var messages = combined ? notice.combinedMessages() : try notice.messages()
            if !handovers.isEmpty { messages.append(handovers.joined(separator: "\n")) }
            try OutputDestination.write(messages.joined(separator: "\n\n") + "\n", to: nil)
        } catch let error as OutputError {
            throw CommandFailure.failed(error.message(in: language))
        }
    }
}

extension Array {
    /// The array with `element` added at the end when `condition` holds.
    func appending(_ element: Element, when condition: Bool) -> [Element] { condition ? self + [element] : self }
}
