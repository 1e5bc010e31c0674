import ArgumentParser
import ZhibanModel
import ZhibanPlanning

/// `zhiban check`: every problem of the roster as `file:line: message`.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "检查值班表 / Validate the roster.",
        discussion: "退出码 / exit status: 0 没有问题 / clean, 1 有问题 / problems found, 2 无法读取 / unreadable."
    )

    @OptionGroup var options: RosterOptions

    func run() throws {
        let roster = try options.openStore(readOnly: true).roster
        let violations = RuleChecker(roster).violations()
        let problems = RosterValidator(roster).problems()
            + violations.map { Diagnostic($0.message, at: $0.location) }
        for problem in problems { print(problem) }
        if problems.isEmpty {
            print("没有发现问题：\(roster.volunteers.count) 名志愿者，\(roster.checkpoints.count) 个卡口，\(roster.duties.count) 个班。")
        } else {
            printError("共 \(problems.count) 个问题。")
            throw ExitCode(1)
        }
    }
}
