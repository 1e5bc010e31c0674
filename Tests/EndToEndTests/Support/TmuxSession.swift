import Foundation
import XCTest

/// The real `zhiban` binary running in a tmux pane of a given size, driven by keys and read
/// back with `capture-pane`. Each session has its own tmux server socket, killed at the end.
///
/// Nothing here sleeps blindly: `waitFor` polls the pane until the text shows up or a generous
/// limit passes.
final class TmuxSession {
    /// The marker printed when zhiban has exited, followed by its status.
    static let exitMarker = "ZHIBAN-EXIT="

    private let socket: String
    private static let counter = Counter()

    /// Whether tmux is installed.
    static var isAvailable: Bool { executable("tmux") != nil }

    /// Starts `zhiban arguments…` in `folder`, in a pane of `width`×`height`. When zhiban exits
    /// the pane prints `ZHIBAN-EXIT=<status>` and the terminal settings (`stty -a`), then waits.
    init(_ arguments: [String], in folder: URL, width: Int = 100, height: Int = 30, environment: [String: String] = [:]) throws {
        socket = "zhiban-test-\(getpid())-\(TmuxSession.counter.next())"
        let variables = (["LANG": "C.UTF-8", "LC_ALL": "", "NO_COLOR": ""].merging(environment) { _, new in new })
            .sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quoted($0.value))" }.joined(separator: " ")
        let command = "cd \(TmuxSession.quoted(folder.path)) && env \(variables) "
            + ([ZhibanRun.binary.path] + arguments).map(TmuxSession.quoted).joined(separator: " ")
            + "; echo \(TmuxSession.exitMarker)$?; stty -a; exec sleep 600"
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
    }

    /// An interactive shell (with job control, for Ctrl-Z) in `folder`; the test types the commands.
    init(shellIn folder: URL, width: Int = 100, height: Int = 30) throws {
        socket = "zhiban-test-\(getpid())-\(TmuxSession.counter.next())"
        let command = "cd \(TmuxSession.quoted(folder.path)) && env LANG=C.UTF-8 PS1='$ ' bash --norc --noprofile -i"
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
    }

    /// The command line that runs the built zhiban with these arguments, for typing into a shell.
    static func commandLine(_ arguments: [String]) -> String {
        ([ZhibanRun.binary.path] + arguments).map(quoted).joined(separator: " ")
    }

    /// Ends the tmux server of this session (and with it the pane).
    func close() {
        _ = try? tmux(["kill-server"])
    }

    /// Presses keys, named as tmux names them (`Enter`, `C-s`, `Escape`, `Down`) or literal text.
    func press(_ keys: String...) throws {
        try tmux(["send-keys"] + keys)
    }

    /// Types text literally (Chinese included).
    func type(_ text: String) throws {
        try tmux(["send-keys", "-l", text])
    }

    /// Pastes text as a terminal does: bracketed (between ESC [200~ and ESC [201~) when the
    /// program turned bracketed paste on, else as if typed; line breaks arrive as Enter.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-p", "-d"])
    }

    /// Runs a command of the interface's `:` line (typed after `:`, then Enter).
    func command(_ text: String) throws {
        try type(":" + text)
        try press("Enter")
    }

    /// The pane's text now.
    func capture() throws -> String {
        try tmux(["capture-pane", "-p"])
    }

    /// The pane's text now with its colours and attributes as escape sequences.
    func captureWithAttributes() throws -> String {
        try tmux(["capture-pane", "-p", "-e"])
    }

    /// Polls the pane until `text` appears (20 s at most); returns the pane's text.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        try waitUntil(timeout: timeout, file: file, line: line, "“\(text)”") { $0.contains(text) }
    }

    /// Polls the pane until `condition` holds (20 s at most) and the frame has been drawn whole:
    /// two captures in a row alike, so a screen caught while curses is still writing it (the
    /// status line there, the footer not yet) is never what a test reads. Returns the pane's text.
    @discardableResult
    func waitUntil(
        timeout: TimeInterval = 20, file: StaticString = #filePath, line: UInt = #line, _ what: String,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        var previous: String?
        while Date() < deadline {
            screen = try capture()
            if condition(screen) {
                if screen == previous { return screen }
                previous = screen
            } else {
                previous = nil
            }
            usleep(50_000)
        }
        if condition(screen) { return screen }  // shown, though the screen never stood still
        XCTFail("waited \(Int(timeout)) s for \(what); the pane shows:\n\(screen)", file: file, line: line)
        throw TmuxError.timedOut
    }

    /// The pane's terminal modes now: whether the cursor is shown and the alternate screen is on.
    func terminalModes() throws -> (cursorVisible: Bool, alternateScreen: Bool) {
        let flags = try tmux(["display-message", "-p", "#{cursor_flag} #{alternate_on}"]).split(separator: " ")
        return (flags.first == "1", flags.dropFirst().first?.hasPrefix("1") == true)
    }

    /// Resizes the window.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of zhiban (the child of the pane's shell).
    func zhibanProcess() throws -> pid_t {
        let shell = try tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let first = children.split(separator: " ").first, let pid = pid_t(first) else { throw TmuxError.noProcess }
        return pid
    }

    /// The one-letter state of a process (`S` sleeping, `T` stopped), from /proc.
    static func state(of process: pid_t) -> String? {
        guard let status = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
              let close = status.lastIndex(of: ")") else { return nil }
        return status[status.index(close, offsetBy: 2)...].split(separator: " ").first.map(String.init)
    }

    /// zhiban's exit status, once the pane has printed it.
    func exitStatus() throws -> Int {
        let screen = try waitFor(TmuxSession.exitMarker)
        let after = screen.components(separatedBy: TmuxSession.exitMarker)[1]
        return Int(after.prefix { $0.isNumber }) ?? -1
    }

    /// Runs tmux with this session's socket and returns what it printed. (posix_spawn rather
    /// than Foundation's Process: waiting on a tmux client that starts a server hangs there.)
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let tmux = TmuxSession.executable("tmux") else { throw TmuxError.failed("tmux not found") }
        let argv = [tmux.path, "-L", socket, "-f", "/dev/null"] + arguments
        let envp = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        var output: [Int32] = [-1, -1]
        guard pipe(&output) == 0 else { throw TmuxError.failed("pipe") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, output[0])
        posix_spawn_file_actions_addclose(&actions, output[1])
        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = envp.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, tmux.path, &actions, nil, cArguments, cEnvironment)
        Glibc.close(output[1])
        defer { Glibc.close(output[0]) }
        guard spawned == 0 else { throw TmuxError.failed(arguments.joined(separator: " ")) }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = read(output[0], &buffer, buffer.count)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard status == 0 else { throw TmuxError.failed(arguments.joined(separator: " ")) }
        return String(decoding: data, as: UTF8.self)
    }

    private static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// What went wrong driving tmux.
    enum TmuxError: Error {
        case failed(String)
        case timedOut
        case noProcess
    }

    /// Numbers the sessions of one test process.
    private final class Counter: @unchecked Sendable {
        private var value = 0
        private let lock = NSLock()
        func next() -> Int {
            lock.lock()
            defer { lock.unlock() }
            value += 1
            return value
        }
    }
}
