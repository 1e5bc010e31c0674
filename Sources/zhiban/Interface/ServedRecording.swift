import ZhibanModel
import ZhibanStorage
import ZhibanTerminal

/// The interface's side of the served record (工作实绩纪实) on disk: read when the interface
/// starts and again after each append, and appended to through the same storage code
/// `zhiban record` uses — under the roster's lock, each month file committed atomically — with
/// each event stamped, as the command line stamps it, with who entered it (`--recorder`, else the OS
/// user) and when (now, in the roster's zone).
struct ServedRecording {
    /// The open roster.
    let store: RosterStore
    /// Who is entering (`zhiban --recorder NAME`); nil: the OS user.
    let recorder: String?

    /// The record as it is on disk now, or the `file:line` problem that stops it being read.
    func load() -> Result<ServedRecord, TerminalHooks.ReloadProblem> {
        do throws(RosterFileError) {
            return .success(try store.servedRecord())
        } catch {
            return .failure(TerminalHooks.ReloadProblem(Localized(error.description(in: .zh), error.description(in: .en))))
        }
    }

    /// Appends `events` (who entered them and when filled in here), then reads the record again;
    /// answers the events as written and the record, or why nothing was written.
    func append(_ events: [ServedEvent]) -> Result<(events: [ServedEvent], record: ServedRecord), TerminalHooks.ReloadProblem> {
        let entry = ServedEntry(roster: store.roster, language: .zh)
        let stamped: [ServedEvent]
        do {
            let recorder = try entry.recorder(self.recorder)
            let now = entry.now
            stamped = events.map { event in
                var event = event
                event.recordedAt = now
                event.recordedBy = recorder
                return event
            }
        } catch {
            return .failure(TerminalHooks.ReloadProblem(Localized("没有记录：不知道记录人是谁（--recorder 为空，或系统用户名为空）", "Nothing recorded: who is entering this is unknown (--recorder is empty, or there is no OS user name)")))
        }
        do throws(RosterStoreError) {
            try store.record(stamped)
        } catch {
            return .failure(TerminalHooks.ReloadProblem(Localized("没有记录：" + error.message(in: .zh), "Nothing recorded: " + error.message(in: .en))))
        }
        return load().map { (stamped, $0) }.mapError { problem in
            TerminalHooks.ReloadProblem(Localized("已记录，但再读 served/ 时出错：" + problem.message.zh,
                                                  "Recorded, but reading served/ again failed: " + problem.message.en))
        }
    }
}
