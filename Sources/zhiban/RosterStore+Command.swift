import ZhibanModel
import ZhibanStorage

extension RosterStore {
    /// Saves for a command: a failure ends the command (status 1, the old files intact); a file
    /// someone changed in the very instant of the save is named on standard error, with where
    /// their version is kept, and so is a file someone changed meanwhile that the save left as
    /// they wrote it.
    func saveForCommand(_ newRoster: Roster) throws {
        let report: SaveReport
        do {
            report = try save(newRoster)
        } catch {
            throw CommandFailure.failed("\(error)")
        }
        for file in report.takenFromDisk {
            printError("注意：\(file) 在打开后被别的程序改过；这次没有改动它，保留了那个版本。")
        }
        for file in report.overwritten {
            printError("注意：保存的同一刻 \(file) 被别的程序改过；已保存 zhiban 的版本，被替换的那个版本留在 \(file)\(FileCommit.backupSuffix)，请核对。")
        }
    }
}
