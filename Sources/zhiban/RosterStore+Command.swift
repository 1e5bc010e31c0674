import ZhibanModel
import ZhibanStorage

extension RosterStore {
    /// Saves for a command: a failure ends the command (status 1, the old files intact), and a
    /// file someone changed in the very instant of the save is named on standard error, with
    /// where their version is kept.
    func saveForCommand(_ newRoster: Roster) throws {
        let overwritten: [String]
        do {
            overwritten = try save(newRoster)
        } catch {
            throw CommandFailure.failed("\(error)")
        }
        for file in overwritten {
            printError("注意：保存的同一刻 \(file) 被别的程序改过；已保存 zhiban 的版本，被替换的那个版本留在 \(file)\(FileCommit.backupSuffix)，请核对。")
        }
    }
}
