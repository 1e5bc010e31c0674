import ZhibanModel

/// What the interface needs from outside the terminal: saving, recovering unsaved work,
/// writing and printing. The executable wires these to the storage layer, so neither the TUI
/// core nor the terminal edge touches roster files.
public struct TerminalHooks {
    /// Saves a roster; returns nil on success, or what went wrong.
    public var save: (Roster) -> String?
    /// Writes unsaved work somewhere safe when the program is killed (SIGHUP, SIGTERM, SIGINT).
    public var recover: (Roster) -> Void
    /// Deletes the unsaved work kept from last time.
    public var discardRecovery: () -> Void
    /// Writes text to a file (a path relative to the roster); returns what to tell the user.
    public var writeFile: (_ path: String, _ contents: String) -> (message: String, failed: Bool)
    /// Sends text to the printer; returns what to tell the user.
    public var sendToPrinter: (_ contents: String) -> (message: String, failed: Bool)

    /// Creates the hooks.
    public init(
        save: @escaping (Roster) -> String?,
        recover: @escaping (Roster) -> Void,
        discardRecovery: @escaping () -> Void,
        writeFile: @escaping (String, String) -> (message: String, failed: Bool),
        sendToPrinter: @escaping (String) -> (message: String, failed: Bool)
    ) {
        self.save = save
        self.recover = recover
        self.discardRecovery = discardRecovery
        self.writeFile = writeFile
        self.sendToPrinter = sendToPrinter
    }
}
