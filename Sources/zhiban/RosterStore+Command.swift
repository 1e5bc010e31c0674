import ZhibanModel
import ZhibanStorage

extension RosterStore {
    /// Saves for a command: a failure ends the command (status 1, the old files intact), and a
    /// file someone changed in the very instant of the save is named on standard error, with
    /// where their version is kept.
    func saveForCommand(_ newRoster: Roster, language: Language) throws {
        let overwritten: [String]
        do {
            overwritten = try save(newRoster)
        } catch {
            throw CommandFailure.failed(error.message(in: language))
        }
        for file in overwritten {
            let kept = file + FileCommit.backupSuffix
            printError(Localized("注意：保存的同一刻 \(file) 被别的程序改过；已保存 zhiban 的版本，被替换的那个版本留在 \(kept)，请核对。",
                                 "Note: \(file) was changed by another program at the very moment of saving; zhiban's version is saved, "
                                    + "the replaced one is kept in \(kept): please compare.")(language))
        }
    }
}
