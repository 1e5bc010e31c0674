import ZhibanModel
import ZhibanTUI

/// What the interface needs from outside the terminal: saving, reloading, recovering unsaved
/// work, writing and printing. The executable wires these to the storage layer, so neither the
/// TUI core nor the terminal edge touches roster files.
public struct TerminalHooks {
    /// Saves a roster; returns nil on success, or what went wrong.
    public var save: (Roster) -> SaveProblem?
    /// Reads the roster's files again as they are on disk now, or says why they cannot be read.
    public var reload: () -> Result<Roster, ReloadProblem>
    /// Saves a roster as a new roster in a folder (relative to the current directory); returns
    /// what to tell the user, in the language given.
    public var saveCopy: (_ roster: Roster, _ folder: String, _ language: Language) -> (message: String, failed: Bool)
    /// A folder for a copy, beside the roster and not yet taken.
    public var proposeCopyFolder: () -> String
    /// Writes unsaved work somewhere safe, when the program is killed (SIGHUP, SIGTERM, SIGINT)
    /// and when the keyboard rests; returns nil once kept, or why it could not be.
    public var recover: (Roster) -> String?
    /// Deletes the unsaved work kept from last time.
    public var discardRecovery: () -> Void
    /// Writes text to a file (a path relative to the roster), owner-only when it holds phone
    /// numbers; returns what to tell the user.
    public var writeFile: (_ path: String, _ contents: String, _ holdsPhones: Bool, _ language: Language) -> (message: String, failed: Bool)
    /// Sends text to the printer; returns what to tell the user.
    public var sendToPrinter: (_ contents: String, _ language: Language) -> (message: String, failed: Bool)
    /// Appends events to the served record (stamping who entered them and when) and reads it
    /// again: the events as written and the record, or why nothing was written.
    public var recordServed: ([ServedEvent]) -> Result<(events: [ServedEvent], record: ServedRecord), ReloadProblem>
    /// Reads the served record as it is on disk now, or says why it cannot be read.
    public var loadServed: () -> Result<ServedRecord, ReloadProblem>

    /// Why a reload (or reading or appending to the served record) failed, as the user should read it.
    public struct ReloadProblem: Error {
        /// What went wrong (the file, the line, the problem), in both languages.
        public var message: Localized

        /// Creates the problem.
        public init(_ message: Localized) { self.message = message }
    }

    /// Creates the hooks.
    public init(
        save: @escaping (Roster) -> SaveProblem?,
        reload: @escaping () -> Result<Roster, ReloadProblem>,
        saveCopy: @escaping (Roster, String, Language) -> (message: String, failed: Bool),
        proposeCopyFolder: @escaping () -> String,
        recover: @escaping (Roster) -> String?,
        discardRecovery: @escaping () -> Void,
        writeFile: @escaping (String, String, Bool, Language) -> (message: String, failed: Bool),
        sendToPrinter: @escaping (String, Language) -> (message: String, failed: Bool),
        recordServed: @escaping ([ServedEvent]) -> Result<(events: [ServedEvent], record: ServedRecord), ReloadProblem>,
        loadServed: @escaping () -> Result<ServedRecord, ReloadProblem>
    ) {
        self.save = save
        self.reload = reload
        self.saveCopy = saveCopy
        self.proposeCopyFolder = proposeCopyFolder
        self.recover = recover
        self.discardRecovery = discardRecovery
        self.writeFile = writeFile
        self.sendToPrinter = sendToPrinter
        self.recordServed = recordServed
        self.loadServed = loadServed
    }
}
