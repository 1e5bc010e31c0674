import ArgumentParser
import ZhibanModel
import ZhibanOutput

/// `zhiban notify DATE`: the group-chat message for the evening before a duty day.
struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "生成群通知（前一晚发） / The group-chat message for the evening before.",
        discussion: """
            每个队伍一条：【明日值班】日期、各卡口各班次人员（负责人在前）、后备待命人员。
            超过 \(ChatNotice.defaultLimit) 字时分成 (1/n) (2/n)… 几条。消息之间空一行。
            One message per team; longer than \(ChatNotice.defaultLimit) characters, it is split into numbered parts.
            """
    )

    @OptionGroup var options: RosterOptions

    @Argument(help: ArgumentHelp("值班日期（明天） / The duty day (tomorrow).", valueName: "DATE"))
    var date: String

    @Option(help: ArgumentHelp("只生成这个队伍的 / Only this team.", valueName: "NAME"))
    var team: String?

    func run() throws {
        let day = try DateArgument.date(date)
        let roster = try options.openStore(readOnly: true).roster
        do {
            let messages = try ChatNotice(roster: roster, date: day, team: team).messages()
            let text = messages.isEmpty ? ChatNotice.nothingTomorrow : messages.joined(separator: "\n\n")
            try OutputDestination.write(text + "\n", to: nil)
        } catch let error as OutputError {
            throw CommandFailure.failed(error.description)
        }
    }
}
