import ZhibanModel
import ZhibanStorage

extension RosterStore {
    /// Saves for a command: a failure ends the command (status 1, the old files intact); a file
    /// someone changed in the very instant of the save is named on standard error, with where
    /// their version is kept, and so is a file someone changed meanwhile that the save left as
    /// they wrote it. With `[sharing] commit_on_save`, the save is then committed.
    func saveForCommand(_ newRoster: Roster, language: Language) throws {
        let report: SaveReport
        let old = roster
        do {
            report = try save(newRoster)
        } catch {
            throw CommandFailure.failed(error.message(in: language))
        }
        if let warning = SaveCommit.afterSave(in: folder, old: old, new: roster) { printError(warning) }
        for file in report.takenFromDisk {
            printError(Localized("注意：\(file) 在打开后被别的程序改过；这次没有改动它，保留了那个版本。",
                                 "Note: \(file) was changed by another program after it was opened; this save did not change it "
                                    + "and kept that version.")(language))
        }
        for file in report.overwritten {
            let kept = file + FileCommit.backupSuffix
            printError(Localized("注意：保存的同一刻 \(file) 被别的程序改过；已保存 zhiban 的版本，被替换的那个版本留在 \(kept)，请核对。",
                                 "Note: \(file) was changed by another program at the very moment of saving; zhiban's version is saved, "
                                    + "the replaced one is kept in \(kept): please compare.")(language))
        }
    }
}
