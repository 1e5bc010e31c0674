import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanPlanning

/// `zhiban rotate --from DATE --to DATE [--checkpoint NAME] [--dry-run] [--fresh]` (or the dates
/// as `FROM TO`, `FROM..TO` or one `DATE`, as `:rotate` and `print` take them): plans the duties
/// of a date range and prints what changed and what stays empty, and why.
struct RotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate",
        abstract: HelpText.text("排班：按轮换和规则排满日期范围", "Plan duties for a date range."),
        discussion: HelpText.paragraphs("""
            先按 roster.toml 里的轮换（[[rotation]]）排，再从值守队伍、后备队伍补齐空位，绝不违反硬性规定；
            锁定的班次不动。已排的（未锁定）班次只要仍合规就保留，除非加 --fresh。
            """, """
            Applies the rotations, then fills every open place from the keepers, then the reserve,
            never breaking a hard rule; pinned duties are never changed. See Docs/planning.md.
            """)
    )

    @OptionGroup var options: RosterOptions
    @OptionGroup var dates: DateRangeOptions

    @Argument(help: ArgumentHelp(HelpText.text("或者不用 --from/--to：从 到（4-1 4-30）、从..到 或一天",
                                               "Or, instead of --from/--to: FROM TO (4-1 4-30), FROM..TO or one DATE."),
                                 valueName: "FROM [TO]"))
    var range: [String] = []

    @Option(name: .long, help: ArgumentHelp(HelpText.text("只排这个卡口", "Only this checkpoint."), valueName: "NAME"))
    var checkpoint: String?

    @Flag(name: .customLong("dry-run"), help: ArgumentHelp(HelpText.text("只显示会有的变化，不保存", "Show the changes, save nothing.")))
    var dryRun = false

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("不保留已排的未锁定班次，重新排", "Re-plan unpinned duties from scratch.")))
    var fresh = false

    /// The dates asked for, from `--from`/`--to` or the arguments (not both).
    private func planned(for roster: Roster, language: Language) throws -> (from: LocalDate?, to: LocalDate?) {
        guard !range.isEmpty else { return try dates.parsed(for: roster, language: language) }
        guard dates.from == nil, dates.to == nil, range.count <= 2 else {
            throw CommandFailure.failed(Localized("日期写一种：--from/--to，或者 从 到（如 rotate 4-1 4-30）",
                                                  "Give the dates one way: --from/--to, or FROM TO (as in rotate 4-1 4-30)")(language))
        }
        let dates = try DateArgument.range(range.joined(separator: ".."), for: roster, language: language)
        return (dates.lowerBound, dates.upperBound)
    }

    func run() throws {
        let language = options.language
        if options.readOnly && !dryRun {
            throw CommandFailure.failed(Localized("--read-only 时不能保存：加上 --dry-run 只看变化",
                                                  "--read-only cannot save: add --dry-run to see the changes only")(language))
        }
        let store = try options.openStore(readOnly: dryRun)
        let (from, to) = try planned(for: store.roster, language: language)
        guard let from, let to else {
            throw CommandFailure.failed(Localized("rotate 需要 --from 和 --to（如 --from 2022-04-01 --to 4-30）",
                                                  "rotate needs --from and --to (as in --from 2022-04-01 --to 4-30)")(language))
        }
        if let checkpoint, store.roster.checkpoint(named: checkpoint) == nil {
            let known = store.roster.checkpoints.map(\.name).joined(separator: Localized("、", ", ")(language))
            throw CommandFailure.failed(Localized("没有叫“\(checkpoint)”的卡口；可选：\(known)",
                                                  "no checkpoint is called “\(checkpoint)”; there are: \(known)")(language))
        }
        let request = PlanRequest(from: from, to: to, checkpoint: checkpoint, fresh: fresh)
            .counting(served: try ServedEntry.record(of: store, language: options.language), of: store.roster,
                      today: DateArgument.today(in: store.roster.settings.timeZone))
        let result = Planner(store.roster).plan(request)
        // Saved first, reported after: a reader that stops early (`| head`) never costs the plan.
        // The changes are worded meanwhile, on another core (a district month has 90,000).
        let saved = !dryRun && !result.changes.isEmpty
        let (_, lines) = try TwoAtOnce.run({ if saved { try store.saveForCommand(result.roster, language: language) } },
                                           { RotateCommand.report(result, request, language) })
        Console.write(lines: result.warnings.map { $0(language) }, to: .error)
        print(lines: lines)
        LeftAtExit.keep((result, lines))
        if dryRun {
            print(Localized("试运行（--dry-run）：没有保存。", "Dry run (--dry-run): nothing saved.")(language))
        } else if !saved {
            print(Localized("没有变化。", "No changes.")(language))
        } else {
            print(Localized("已保存。", "Saved.")(language))
        }
    }

    private static func report(_ result: PlanResult, _ request: PlanRequest, _ language: Language) -> [String] {
        let count = { (kind: DutyChange.Kind) in result.changes.filter { $0.kind == kind }.count }
        let (added, removed, moved, empty) = (count(.added), count(.removed), count(.moved), result.emptyPlaces)
        var lines = [Localized(
            "\(request.from) 至 \(request.to)，\(request.checkpoint ?? "全部卡口")：新增 \(added) 人次，移除 \(removed) 人次，调动 \(moved) 人次，空缺 \(empty) 个",
            "\(request.from) to \(request.to), \(request.checkpoint ?? "all checkpoints"): \(added) added, \(removed) removed, \(moved) moved, \(empty) empty"
        )(language)]
        lines += result.changes.map { $0.text(language) }
        if !result.unfilled.isEmpty {
            lines.append("")
            lines.append(Localized("空缺（没有违反规则凑人）：", "Empty places (no rule was broken to fill them):")(language))
            lines += result.unfilled.map { $0.text(language) }
        }
        if !result.shortfalls.isEmpty {
            lines.append("")
            lines.append(Localized("排不满的日子：", "Days that cannot be filled:")(language))
            lines += result.shortfalls.map { $0.text(language) }
        }
        return lines
    }
}
