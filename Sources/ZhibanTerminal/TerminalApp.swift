import Glibc
import ZhibanModel
import ZhibanTUI

/// Runs the interface in the terminal: one thread owns curses, waits for a key or a signal,
/// feeds keys through the reducer, performs the effects, and draws what changed. The terminal
/// is restored on every way out: quit, an error, SIGINT, SIGTERM and SIGHUP (after writing
/// unsaved work through the recovery hook), and even a crash (see `CrashGuard`).
public enum TerminalApp {
    /// How the interface ended.
    public enum Outcome: Equatable, Sendable {
        /// The user quit.
        case quit
        /// A signal ended it (the exit status should be 128 + the signal).
        case signal(Int32)
    }

    /// Runs until the user quits or a terminating signal arrives.
    public static func run(_ initial: AppState, color: Bool, hooks: TerminalHooks) throws -> Outcome {
        CrashGuard.install()
        let signals = SignalPipe(watching: [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT])
        let terminal = try CursesTerminal(color: color)
        defer { terminal.stop() }
        var loop = Loop(state: initial, terminal: terminal, hooks: hooks)
        loop.dispatch(.resize(width: terminal.size.width, height: terminal.size.height))
        var recoveredRevision: Int?
        var searchIndex: BackgroundSearchIndex?
        while true {
            terminal.draw(RootView.render(loop.state))
            if searchIndex == nil { searchIndex = BackgroundSearchIndex(for: loop.state.searchedVolunteers) }  // the first frame is on screen
            // Unsaved work is also kept once the keyboard rests, so a crash or SIGKILL (which no
            // handler sees) loses at most the last few seconds of edits.
            let unkept = loop.state.isDirty && loop.state.revision != recoveredRevision
            guard waitForInput(or: signals.readEnd, timeoutMilliseconds: unkept ? idleBeforeKeeping : -1) else {
                if let failure = hooks.recover(loop.state.roster) { loop.dispatch(.keepingUnsavedWorkFailed(failure)) }
                recoveredRevision = loop.state.revision
                continue
            }
            for number in signals.drain() {
                switch number {
                case SIGWINCH:
                    let size = terminal.followResize()
                    loop.dispatch(.resize(width: size.width, height: size.height))
                case SIGTSTP:
                    terminal.suspend()
                case SIGCONT:
                    terminal.invalidate()
                default:
                    if loop.state.isDirty { _ = hooks.recover(loop.state.roster) }  // the launcher reports a failure
                    return .signal(number)
                }
            }
            for key in terminal.readKeys() {
                if let built = searchIndex?.take() { loop.state.adoptSearchIndex(built) }
                if loop.press(key) { return .quit }
            }
        }
    }

    /// How long the keyboard must rest before unsaved work is kept in the recovery folder.
    static let idleBeforeKeeping: Int32 = 2000

    /// Blocks until standard input has something to read or a signal arrived (true), or until
    /// the timeout passed (false; a negative timeout waits for ever).
    private static func waitForInput(or signalPipe: Int32, timeoutMilliseconds: Int32) -> Bool {
        var descriptors = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signalPipe, events: Int16(POLLIN), revents: 0),
        ]
        var ready: Int32
        repeat { ready = poll(&descriptors, 2, timeoutMilliseconds) } while ready < 0 && errno == EINTR
        return ready != 0
    }

    /// The state and the work it asks for.
    private struct Loop {
        var state: AppState
        let terminal: CursesTerminal
        let hooks: TerminalHooks

        /// Feeds a key through the key map; true when the interface should end.
        mutating func press(_ key: Key) -> Bool {
            let (next, effects) = state.reduce(key: key)
            state = next
            return perform(effects)
        }

        /// Applies an action from the edge itself (a resize, a finished save).
        mutating func dispatch(_ action: Action) {
            let (next, effects) = reduce(state, action)
            state = next
            _ = perform(effects)
        }

        /// Performs effects, and those their reports lead to; true when one of them is quit.
        private mutating func perform(_ effects: [Effect]) -> Bool {
            var pending = effects
            while !pending.isEmpty {
                let effect = pending.removeFirst()
                let report: Action
                switch effect {
                case .quit: return true
                case .suspend:
                    terminal.suspend()
                    continue
                case .redraw:
                    terminal.invalidate()
                    continue
                case .discardRecovery:
                    hooks.discardRecovery()
                    continue
                case .save(let roster, let revision):
                    report = .saveFinished(revision: revision, problem: hooks.save(roster))
                case .reload:
                    switch hooks.reload() {
                    case .success(let roster): report = .reloadFinished(roster: roster, error: nil)
                    case .failure(let problem): report = .reloadFinished(roster: nil, error: problem.message)
                    }
                case .proposeCopyFolder:
                    report = .copyFolderProposed(hooks.proposeCopyFolder())
                case .saveCopy(let roster, let folder):
                    let result = hooks.saveCopy(roster, folder, state.language)
                    report = .outputFinished(message: result.message, failed: result.failed)
                case .writeFile(let path, let contents, let holdsPhones):
                    let result = hooks.writeFile(path, contents, holdsPhones, state.language)
                    report = .outputFinished(message: result.message, failed: result.failed)
                case .sendToPrinter(let contents):
                    let result = hooks.sendToPrinter(contents, state.language)
                    report = .outputFinished(message: result.message, failed: result.failed)
                case .recordServed(let events):
                    switch hooks.recordServed(events) {
                    case .success(let written): report = .servedRecorded(events: written.events, record: written.record, error: nil)
                    case .failure(let problem): report = .servedRecorded(events: [], record: nil, error: problem.message)
                    }
                case .loadServed:
                    switch hooks.loadServed() {
                    case .success(let record): report = .servedLoaded(record: record, error: nil)
                    case .failure(let problem): report = .servedLoaded(record: nil, error: problem.message)
                    }
                }
                let (next, more) = reduce(state, report)
                state = next
                pending += more
            }
            return false
        }
    }
}
