import CNcursesw

/// Puts the terminal back if the program dies of a fatal signal (a crash in a debug build)
/// while curses has it in raw mode. The only caller of the shim's crash-guard functions.
enum CrashGuard {
    /// Saves the terminal's settings and installs the handler.
    static func install() {
        _ = cn_guard_terminal_against_crashes()
    }
}
