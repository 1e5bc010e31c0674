import ArgumentParser
import ZhibanModel
import ZhibanPlanning

/// `zhiban check`: every problem of the roster as `file:line: message`, then every empty place
/// in the planned dates with the reasons it is empty.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: HelpText.text("检查值班表", "Validate the roster."),
        discussion: HelpText.paragraphs("""
            先列出问题（未知的名字、重复、不可能的时间、违反规则的排班），再列出空缺及原因。
            退出码：0 没有问题也没有空缺，1 有问题或空缺，2 无法读取。
            """, """
            Lists the problems (unknown names, duplicates, impossible times, duties breaking a rule), then the empty places and why.
            Exit status: 0 clean, 1 problems or empty places, 2 unreadable.
            """)
    )

    @OptionGroup var options: RosterOptions

    func run() throws {
        let language = options.language
        let roster = try options.openStore(readOnly: true).roster
        let planner = Planner(roster)
        // The rule check on one core, the validator and the look for empty places on the other.
        let (violations, (validated, empty)) = TwoAtOnce.run({ planner.ruleChecker.violations() }, {
            (RosterValidator(roster, language: language).problems(), planner.unfilledPlaces())
        })
        LeftAtExit.keep(planner)
        let breaks = violations.filter(\.isBreak)
        let problems = validated
            + breaks.map { Diagnostic("\($0.slot)" + Localized("：", ": ")(language) + $0.detail(language), at: $0.location) }
        print(lines: problems.map { $0.description(in: language) } + empty.map { Localized("空缺 ", "empty ")(language) + $0.text(language) })
        let (people, checkpoints, duties) = (roster.volunteers.count, roster.checkpoints.count, roster.duties.count)
        if problems.isEmpty && empty.isEmpty {
            print(Localized("没有发现问题：\(people) 名志愿者，\(checkpoints) 个卡口，\(duties) 个班。",
                            "No problems found: \(people) volunteers, \(checkpoints) checkpoints, \(duties) duties.")(language))
        } else {
            printError(Localized("共 \(problems.count) 个问题，\(empty.count) 个空缺。",
                                 "Problems: \(problems.count), empty places: \(empty.count).")(language))
            throw ExitCode(1)
        }
    }
}
