import ZhibanModel

/// Why a save did not simply succeed, as the edge reports it (`Action.saveFinished`).
public enum SaveProblem: Hashable, Sendable {
    /// Someone changed this file since it was loaded: nothing was written. The interface offers
    /// to reload it or to save the work as a copy elsewhere.
    case changedOnDisk(file: String)
    /// Writing failed, for this reason (shown in the interface's language); the old files are intact.
    case failed(Localized)
    /// Saved, but someone changed these files in the very instant of the save: their version
    /// was replaced and is kept as `NAME.bak`.
    case overwroteChanges(files: [String])
    /// Saved, and someone else had changed these other files meanwhile: their version was kept
    /// on disk and is in `roster` (the roster now saved), which replaces the one on screen. Any
    /// files in `overwritten` were changed in the very instant of the save, as above.
    case tookChangesFromDisk(files: [String], roster: Roster, overwritten: [String] = [])
    /// Saved, but something to do after the save did not work (the git commit of
    /// `commit_on_save`): the message says what.
    case savedWithWarning(String)
}
