import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// `zhiban demo [NAME]`: a bundled example with April 2022 (the month of the reports it is
/// drawn from) planned, opened from a temporary copy so nothing is ever written into the
/// installed package.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: HelpText.text("打开内置示例", "Open a bundled example."),
        discussion: HelpText.text("示例", "examples") + ": " + BundledExample.allCases.map(\.rawValue).joined(separator: ", ")
    )

    @Argument(help: ArgumentHelp(HelpText.text("示例名", "Example name."), valueName: "NAME"))
    var name: String = BundledExample.chungu.rawValue

    @Flag(name: .long, help: ArgumentHelp(HelpText.text("只打印示例概要", "Print a summary of the example instead of opening it.")))
    var summary = false

    @OptionGroup var interface: InterfaceOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let language = languageOption.language
        guard let example = BundledExample(rawValue: name) else {
            throw CommandFailure.failed(BundledExample.unknownMessage(name, language))
        }
        if summary { return try printSummary(of: example, language) }
        try InterfaceLauncher.requireTerminal(alternative: Localized("可以用 zhiban demo --summary 打印示例概要。",
                                                                     "zhiban demo --summary prints an overview of the example.")(language),
                                              language: language)
        let copy = FileManager.default.temporaryDirectory
            .appendingPathComponent("zhiban-demo-\(example.rawValue)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        let store: RosterStore
        do {
            store = try example.install(into: copy)
            try store.save(Planner(store.roster).plan(DemoCommand.plannedMonth).roster)
        } catch {
            throw CommandFailure.failed(Localized("无法创建示例副本 \(copy.path)：\(error)", "cannot make a copy of the example in \(copy.path): \(error)")(language))
        }
        try InterfaceLauncher(options: interface, language: language).run(store)
        print(Localized("示例副本在 \(copy.path)（可用 zhiban --roster \(copy.path) 再次打开）",
                        "The example's copy is in \(copy.path) (zhiban --roster \(copy.path) opens it again)")(language))
    }

    /// The month planned in the demo copy.
    static let plannedMonth = PlanRequest(from: LocalDate(year: 2022, month: 4, day: 1)!, to: LocalDate(year: 2022, month: 4, day: 30)!)

    /// The example's title, its size and shifts, and a line per checkpoint, in `language`.
    private func printSummary(of example: BundledExample, _ language: Language) throws {
        let roster = try example.roster()
        let say = { (zh: String, en: String) in Localized(zh, en)(language) }
        let shifts = roster.shifts.map { shift in
            "\(shift.name) " + say(shift.hoursText, "\(shift.start)–\(shift.end)" + (shift.endsNextDay ? "+1" : ""))
        }
        let (people, teams, checkpoints) = (roster.volunteers.count, roster.teams.count, roster.checkpoints.count)
        print(roster.settings.title)
        print(say("志愿者 \(people) 人，队伍 \(teams) 个，卡口 \(checkpoints) 个，班次：\(shifts.joined(separator: "，"))",
                  "\(people) volunteers, \(teams) teams, \(checkpoints) checkpoints, shifts: \(shifts.joined(separator: ", "))"))
        for checkpoint in roster.checkpoints {
            let (perShift, keepers) = (checkpoint.peoplePerShift, checkpoint.keepers.joined(separator: say("、", ", ")))
            print("  \(checkpoint.name)  \(checkpoint.shifts.joined(separator: "/"))  "
                + say("每班 \(perShift) 人  值守：\(keepers)", "\(perShift) per shift  kept by \(keepers)")
                + (checkpoint.reserve.map { say("  后备：\($0)", "  reserve \($0)") } ?? ""))
        }
    }
}
