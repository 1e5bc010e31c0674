import ArgumentParser
import ZhibanModel
import ZhibanPlanning

/// `zhiban check`: every problem of the roster as `file:line: message`, then every empty place
/// in the planned dates with the reasons it is empty.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查值班表 / Validate the roster.",
        discussion: """
            先列出问题（未知的名字、重复、不可能的时间、违反规则的排班），再列出空缺及原因。
            退出码 / exit status: 0 没有问题也没有空缺 / clean, 1 有问题或空缺 / problems or empty places, 2 无法读取 / unreadable.
            """
    )

    @OptionGroup var options: RosterOptions

    func run() throws {
        let roster = try options.openStore(readOnly: true).roster
        let breaks = RuleChecker(roster).violations().filter(\.isBreak)
        let problems = RosterValidator(roster).problems() + breaks.map { Diagnostic($0.message, at: $0.location) }
        let empty = Planner(roster).unfilledPlaces()
        print(lines: problems.map(\.description) + empty.map { "空缺 \($0)" })
        if problems.isEmpty && empty.isEmpty {
            print("没有发现问题：\(roster.volunteers.count) 名志愿者，\(roster.checkpoints.count) 个卡口，\(roster.duties.count) 个班。")
        } else {
            printError("共 \(problems.count) 个问题，\(empty.count) 个空缺。")
            throw ExitCode(1)
        }
    }
}
