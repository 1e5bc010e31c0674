import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanStorage

/// What `zhiban` does in a folder with no roster: asks (before the interface starts) whether
/// to create one there — an empty one, or, when `volunteers.csv` or `duties.csv` are there
/// (`roster.toml` deleted by mistake, only the lists copied), one built around them.
enum RosterCreationOffer {
    /// Asks on the terminal; creates the roster on yes, ends the command (status 1) on no.
    static func ask(in folder: URL, language: Language) throws {
        let path = folder.standardizedFileURL.path
        let title = Roster.defaultTitle(forFolder: folder, language: language)
        let lists: ExistingLists?
        do {
            lists = try ExistingLists.find(in: folder, title: title)
        } catch {
            throw CommandFailure.unreadable(error, language)
        }
        if let lists {
            ExistingListsNotice.backupHint(lists, in: folder).map { print($0) }
            Console.write(prompt: "这里（\(path)）没有 roster.toml，但有 \(ExistingListsNotice.contents(lists))。"
                + "为它们新建 roster.toml 吗？名单原样保留。[y/N] ")
        } else {
            Console.write(prompt: Localized("这里（\(path)）还没有值班表。新建一个空的值班表吗？[y/N] ",
                                            "There is no roster here (\(path)). Create an empty one? [y/N] ")(language))
        }
        let answer = readLine()?.trimmingWhitespace().lowercased() ?? ""
        guard answer == "y" || answer == "yes" || answer == "是" else {
            printError(Localized("没有新建。可以用 zhiban init 新建，或 zhiban demo 看看示例。",
                                 "Nothing created. zhiban init creates a roster; zhiban demo shows an example.")(language))
            throw ExitCode(1)
        }
        do {
            _ = try RosterStore.create(folder: folder, roster: lists?.roster ?? .empty(title: title), around: lists)
        } catch let error as RosterStoreError {
            throw CommandFailure.failed(error.message(in: language))
        } catch {
            throw CommandFailure.failed("\(error)")
        }
    }
}
