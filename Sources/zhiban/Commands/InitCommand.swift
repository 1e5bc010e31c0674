import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanStorage

/// `zhiban init [DIR] [--example NAME]`: a new roster, empty or from a bundled example. In a
/// folder holding `volunteers.csv` or `duties.csv` but no `roster.toml`, builds `roster.toml`
/// around them (an example is refused there: it would replace them).
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: HelpText.text("新建值班表", "Create a roster."),
        discussion: HelpText.text("示例", "examples") + ": " + BundledExample.allCases.map(\.rawValue).joined(separator: ", ")
    )

    @OptionGroup var options: RosterOptions

    @Argument(help: ArgumentHelp(HelpText.text("要新建的文件夹（默认 --roster 或当前文件夹）", "Folder to create."), valueName: "DIR"))
    var directory: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("从内置示例新建", "Start from a bundled example."), valueName: "NAME"))
    var example: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.text("值班表标题", "Roster title.")))
    var title: String?

    func run() throws {
        let language = options.language
        let folder = URL(fileURLWithPath: directory ?? options.folder, isDirectory: true)
        let defaultTitle = title ?? Roster.defaultTitle(forFolder: folder, language: language)
        var roster: Roster
        var lists: ExistingLists?
        if let example {
            guard let bundled = BundledExample(rawValue: example) else {
                throw CommandFailure.failed(BundledExample.unknownMessage(example, language))
            }
            roster = try bundled.roster()
        } else {
            do {
                lists = try ExistingLists.find(in: folder, title: defaultTitle)
            } catch {
                throw CommandFailure.unreadable(error, language)
            }
            roster = lists?.roster ?? .empty(title: defaultTitle)
        }
        if let title { roster.settings.title = title }
        do {
            _ = try RosterStore.create(folder: folder, roster: roster, around: lists)
        } catch let error as RosterStoreError {
            throw CommandFailure.failed(error.message(in: language))
        } catch {
            throw CommandFailure.failed("\(error)")
        }
        if let lists {
            print(ExistingListsNotice.kept(lists, in: folder) + ExistingListsNotice.whatIsLeft)
            ExistingListsNotice.backupHint(lists, in: folder).map(printError)
        } else {
            let (path, people, checkpoints) = (folder.relativePath, roster.volunteers.count, roster.checkpoints.count)
            print(Localized("已新建值班表：\(path)（\(people) 名志愿者，\(checkpoints) 个卡口）",
                            "Created a roster in \(path) (\(people) volunteers, \(checkpoints) checkpoints)")(language))
        }
    }
}
