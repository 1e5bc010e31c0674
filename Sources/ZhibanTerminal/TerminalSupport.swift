import CNcursesw
import Glibc

/// Checks made before curses starts.
public enum TerminalSupport {
    /// Whether standard input and output are both terminals (the interface needs both).
    public static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Takes the user's locale, so wide characters draw; when it is not UTF-8 (no `LANG` at all,
    /// or a legacy locale), falls back to `C.UTF-8` rather than drawing mojibake.
    public static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if isUTF8 { return }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_ALL, fallback) != nil {
            if isUTF8 { return }
        }
    }

    /// Whether colour is wanted: not with `--no-color`, not when `NO_COLOR` is set (no-color.org).
    public static func colorWanted(noColorFlag: Bool, environment: [String: String]) -> Bool {
        guard !noColorFlag else { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        return true
    }

    private static var isUTF8: Bool {
        guard let codeset = cn_codeset() else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
