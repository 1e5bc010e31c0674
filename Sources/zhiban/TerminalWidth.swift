import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The width of the terminal the output goes to: `COLUMNS` when set, else the terminal's own
/// (ioctl TIOCGWINSZ on standard output), else 80 (a pipe, a file, no terminal).
enum TerminalWidth {
    /// The width used when there is no terminal.
    static let fallback = 80

    /// The current width.
    static func current() -> Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let columns = Int(text), columns > 0 {
            return columns
        }
        guard isatty(STDOUT_FILENO) == 1 else { return fallback }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return fallback }
        return Int(size.ws_col)
    }
}
