import ZhibanModel

/// Work the reducer asks the edge to do, because it touches files, processes or the terminal.
/// The edge reports the outcome back as an action.
public enum Effect: Hashable, Sendable {
    /// Save this roster; answer with `Action.saveFinished(revision:problem:)`.
    case save(Roster, revision: Int)
    /// Read the roster's files again, as they are on disk now; answer with `Action.reloadFinished`.
    case reload
    /// Save this roster as a new roster in another folder (a path relative to the current
    /// directory, or absolute), leaving the open one as it is; answer with `Action.outputFinished`.
    case saveCopy(Roster, folder: String)
    /// Find a folder for a copy, beside the roster and not yet taken; answer with
    /// `Action.copyFolderProposed`.
    case proposeCopyFolder
    /// Delete the unsaved work kept from last time (the user chose not to restore it).
    case discardRecovery
    /// Leave the program (restoring the terminal).
    case quit
    /// Stop in the background until resumed (Ctrl-Z).
    case suspend
    /// Redraw every cell, whatever the previous frame was.
    case redraw
    /// Write a print to a file (a path relative to the roster's folder), owner-only when it
    /// holds phone numbers; answer with `Action.outputFinished`.
    case writeFile(path: String, contents: String, holdsPhones: Bool)
    /// Send a print to the printer with `lp`; answer with `Action.outputFinished`.
    case sendToPrinter(contents: String)
    /// Append these events to the served record (`served/YYYY-MM.csv`, under the lock, as
    /// `zhiban record` does), the edge filling in who entered them and when, then read the record
    /// again; answer with `Action.servedRecorded`.
    case recordServed([ServedEvent])
    /// Read the served record as it is on disk now; answer with `Action.servedLoaded`.
    case loadServed
}
