import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanStorage

/// What `zhiban` does in a folder with no roster: asks (before the interface starts) whether
/// to create an empty one there.
enum RosterCreationOffer {
    /// Asks on the terminal; creates the roster on yes, ends the command (status 1) on no.
    static func ask(in folder: URL) throws {
        let name = folder.standardizedFileURL.lastPathComponent
        Console.write(prompt: "这里（\(folder.standardizedFileURL.path)）还没有值班表。新建一个空的值班表吗？[y/N] ")
        let answer = readLine()?.trimmingWhitespace().lowercased() ?? ""
        guard answer == "y" || answer == "yes" || answer == "是" else {
            printError("没有新建。可以用 zhiban init 新建，或 zhiban demo 看看示例。")
            throw ExitCode(1)
        }
        do {
            _ = try RosterStore.create(folder: folder, roster: .empty(title: name + " 值班表"))
        } catch {
            throw CommandFailure.failed("\(error)")
        }
    }
}
