import CNcursesw
import Glibc
import ZhibanTUI

/// The curses session: starts and ends curses, draws only the cells that changed since the
/// last frame, reads keys, follows the window's size and suspends for job control.
/// Every call is made from the one thread that runs the interface.
final class CursesTerminal {
    /// Why the terminal could not be used.
    enum Failure: Error, CustomStringConvertible {
        /// curses does not know the terminal type.
        case unknownTerminal(String)
        /// The terminal cannot move its cursor (`TERM=dumb`, a hard-copy terminal).
        case cannotAddressCursor(String)

        var description: String {
            switch self {
            case .unknownTerminal(let name): return "未知的终端类型 / unknown terminal type: TERM=\(name)"
            case .cannotAddressCursor(let name):
                return "终端 TERM=\(name) 不能移动光标，无法显示界面；请在能移动光标的终端里运行（如 TERM=xterm-256color），或用子命令（zhiban --help）"
                    + " / the terminal TERM=\(name) cannot move its cursor, so the interface cannot be shown;"
                    + " use a terminal that can (such as TERM=xterm-256color), or a subcommand (zhiban --help)"
            }
        }
    }

    private var palette: Palette
    private var previous: Screen?
    private var isActive = true
    /// The text of a paste under way (its end has not been read yet).
    private var paste: String?

    /// Starts curses: raw keys (Ctrl-C, Ctrl-S and Ctrl-Z arrive as keys), no echo, function
    /// keys decoded, a short Esc delay, and colours when wanted.
    init(color: Bool) throws {
        let name = getenv("TERM").map { String(cString: $0) } ?? ""
        guard let screen = cn_newterm() else { throw Failure.unknownTerminal(name) }
        guard cn_can_address_cursor() != 0 else {
            endwin()
            delscreen(screen)
            throw Failure.cannotAddressCursor(name)
        }
        raw()
        noecho()
        nonl()
        keypad(cn_stdscr(), true)
        nodelay(cn_stdscr(), true)
        set_escdelay(25)
        define_key(BracketedPaste.start, BracketedPaste.startCode)
        define_key(BracketedPaste.end, BracketedPaste.endCode)
        cn_set_bracketed_paste(1)
        palette = Palette(colorWanted: color)
    }

    /// The terminal's size as curses knows it.
    var size: (width: Int, height: Int) { (Int(cn_cols()), Int(cn_lines())) }

    /// Reads the size from the kernel after SIGWINCH and tells curses.
    func followResize() -> (width: Int, height: Int) {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if cn_terminal_size(&rows, &columns) == 0 { resizeterm(rows, columns) }
        previous = nil
        return size
    }

    /// Draws a frame: only the runs that changed since the last one (everything after a
    /// resize, a resume or a redraw request), then places or hides the cursor.
    func draw(_ screen: Screen) {
        let window = cn_stdscr()
        if previous == nil { clearok(window, true) }
        for run in screen.changes(since: previous) {
            let attributes = palette.attributes(for: run.style)
            wattr_set(window, attributes.attributes, attributes.pair, nil)
            var characters = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
            characters.append(0)
            _ = mvwaddwstr(window, Int32(run.y), Int32(run.x), characters)
        }
        wattr_set(window, 0, 0, nil)
        if let cursor = screen.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            curs_set(0)
        }
        wrefresh(window)
        previous = screen
    }

    /// Forgets the last frame, so the next one is drawn whole.
    func invalidate() { previous = nil }

    /// Every key waiting to be read.
    func readKeys() -> [Key] {
        var keys: [Key] = []
        while true {
            var code: wint_t = 0
            let status = wget_wch(cn_stdscr(), &code)
            if status == ERR { break }
            if status == KEY_CODE_YES, Int32(code) == BracketedPaste.startCode {
                paste = ""
                continue
            }
            if status == KEY_CODE_YES, Int32(code) == BracketedPaste.endCode {
                if let text = paste { keys.append(.paste(text)) }
                paste = nil
                continue
            }
            if paste != nil {
                // Inside a paste everything is text, Enter and Tab included.
                if status == OK, let scalar = Unicode.Scalar(code) { paste?.unicodeScalars.append(scalar) }
                continue
            }
            if status == KEY_CODE_YES, Int32(code) == cn_key_resize() {
                keys.append(.resize(width: size.width, height: size.height))
                continue
            }
            if let key = KeyDecoder.key(status: status, code: code) { keys.append(key) }
        }
        return keys
    }

    /// Gives the terminal back, stops the process until it is continued (Ctrl-Z), then takes
    /// the terminal again and redraws.
    func suspend() {
        endwin()
        cn_set_bracketed_paste(0)
        cn_stop_for_job_control()
        cn_set_bracketed_paste(1)
        wrefresh(cn_stdscr())
        previous = nil
    }

    /// Ends curses and restores the terminal (safe to call twice).
    func stop() {
        guard isActive else { return }
        isActive = false
        endwin()
        cn_set_bracketed_paste(0)
    }
}

/// The sequences a terminal sends around pasted text once bracketed paste is on, and the key
/// codes curses is taught to return for them.
private enum BracketedPaste {
    static let start = "\u{1B}[200~"
    static let end = "\u{1B}[201~"
    static let startCode = KEY_MAX + 1
    static let endCode = KEY_MAX + 2
}
