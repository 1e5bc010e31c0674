#if canImport(Glibc)
import Glibc
#endif

/// Columns as a terminal advances over text: the C library's `wcwidth` of each scalar, added
/// up, which is how curses, tmux and xterm place what they are sent. Independent of zhiban's own
/// `DisplayWidth`, so a test can check zhiban against the terminal.
enum TerminalColumns {
    /// The columns `text` takes when sent to a terminal (a control character counts 0).
    static func of(_ text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { $0 + max(0, Int(wcwidth(Int32(bitPattern: $1.value)))) }
    }

    /// libc's `wcwidth` (not exported by Swift's Glibc module), in a UTF-8 locale.
    private static let wcwidth: @convention(c) (Int32) -> Int32 = {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        return unsafeBitCast(dlsym(dlopen(nil, RTLD_NOW), "wcwidth"), to: (@convention(c) (Int32) -> Int32).self)
    }()
}
