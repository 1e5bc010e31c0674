import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanStorage

/// `zhiban demo [NAME]`: a bundled example, opened from a temporary copy so nothing is ever
/// written into the installed package.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "打开内置示例 / Open a bundled example.",
        discussion: "示例 / examples: \(BundledExample.allCases.map(\.rawValue).joined(separator: ", "))"
    )

    @Argument(help: ArgumentHelp("示例名 / Example name.", valueName: "NAME"))
    var name: String = BundledExample.chungu.rawValue

    @Flag(name: .long, help: "只打印示例概要 / Print a summary of the example instead of opening it.")
    var summary = false

    func run() throws {
        guard let example = BundledExample(rawValue: name) else {
            throw CommandFailure.failed("没有名为“\(name)”的示例；可选：\(BundledExample.allCases.map(\.rawValue).joined(separator: "、"))")
        }
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
