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
        if summary { return try printSummary(of: example) }
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

    private func printSummary(of example: BundledExample) throws {
        let roster = try example.roster()
        print(roster.settings.title)
        print("志愿者 \(roster.volunteers.count) 人，队伍 \(roster.teams.count) 个，卡口 \(roster.checkpoints.count) 个，"
            + "班次：\(roster.shifts.map { "\($0.name) \($0.hoursText)" }.joined(separator: "，"))")
        for checkpoint in roster.checkpoints {
            print("  \(checkpoint.name)  \(checkpoint.shifts.joined(separator: "/"))  每班 \(checkpoint.peoplePerShift) 人  "
                + "值守：\(checkpoint.keepers.joined(separator: "、"))" + (checkpoint.reserve.map { "  后备：\($0)" } ?? ""))
        }
    }
}
