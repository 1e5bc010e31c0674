import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanStorage

/// The options every command that works on a roster shares: where the roster is, and whether
/// it may be written.
struct RosterOptions: ParsableArguments {
    @Option(name: .customLong("roster"), help: ArgumentHelp(HelpText.text("值班表所在的文件夹（默认当前文件夹）", "The roster folder."), valueName: "DIR"))
    var folder: String = "."

    @Flag(name: .customLong("read-only"), help: ArgumentHelp(HelpText.text("只读：不加锁，不写入", "Never write or lock.")))
    var readOnly = false

    @OptionGroup var languageOption: LanguageOption

    /// The language of the command's messages (`--lang`, else the locale's).
    var language: Language { languageOption.language }

    /// The roster folder as a URL.
    var folderURL: URL { URL(fileURLWithPath: folder, isDirectory: true) }

    /// Opens the roster. A roster that cannot be read ends the command with status 2; one that
    /// can be read but not written now (another writer holds the lock) with status 1, the
    /// refusal worded in the command's language. What an interrupted save left in the folder is
    /// named on standard error. The roster as read is left for the end of the process
    /// (`LeftAtExit`) unless `forTheInterface`, which lives on and frees what it edits away.
    func openStore(readOnly forceReadOnly: Bool = false, forTheInterface: Bool = false) throws -> RosterStore {
        let store: RosterStore
        Console.write(lines: SharingWarnings.lines(for: folderURL), to: .error)
        do {
            store = try RosterStore(folder: URL(fileURLWithPath: folder), readOnly: readOnly || forceReadOnly)
        } catch let error as RosterStoreError {
            throw CommandFailure.failed(error.message(in: language))
        } catch {
            throw CommandFailure.unreadable(error, language)
        }
        for file in store.leftovers {
            printError(store.readOnly
                ? "注意：\(file) 是一次被中断的保存留下的临时文件；读到的值班表不受它影响，下次不加 --read-only 打开时会自动清理。"
                : "注意：\(file) 是一次被中断的保存留下的临时文件，zhiban 删不掉它（权限不够？）；读到的值班表不受它影响，请手动删除。")
        }
        if !forTheInterface { LeftAtExit.keep(store.roster) }
        return store
    }
}
