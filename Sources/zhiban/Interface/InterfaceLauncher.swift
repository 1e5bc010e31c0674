import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanStorage
import ZhibanTerminal
import ZhibanTUI

/// Opens the terminal interface on a roster and runs it until the user quits: wires the
/// storage layer into the interface's hooks (save, recovery, files, printing).
struct InterfaceLauncher {
    /// The interface's options.
    let options: InterfaceOptions
    /// The language the interface starts in (`--lang`, else the locale's).
    let language: Language

    /// Ends the command with status 2 and a clear message unless both standard input and output
    /// are a terminal.
    static func requireTerminal(alternative: String, language: Language) throws {
        guard TerminalSupport.isInteractive else {
            Console.write(lines: [Localized("zhiban：界面需要在终端里运行（标准输入或输出不是终端）。",
                                            "zhiban: the interface needs a terminal (standard input or output is not one). ")(language)
                                  + alternative], to: .error)
            throw ExitCode(2)
        }
    }

    /// Runs the interface on an open roster.
    func run(_ store: RosterStore) throws {
        TerminalSupport.useUTF8Locale()
        let environment = ProcessInfo.processInfo.environment
        let session = EditingSession(store: store)
        // One today everywhere: the roster's time zone, as every command reckons it.
        let today = DateArgument.today(in: store.roster.settings.timeZone)
        var state = AppState(roster: store.roster, today: today, language: language, readOnly: store.readOnly)
        let zone = store.roster.settings.timeZone
        state.clock = { LocalDate.wallClockMinute(inTimeZone: zone) }
        if let kept = session.keptWork() {
            let offer = RecoveryOffer(edited: kept.edited, base: kept.base, current: store.roster)
            if offer.isEmpty {
                session.discardKept()
            } else {
                state = state.offeringRecovery(offer)
                session.workHasUnknownBase = offer.basis == .unknown  // until discarded (n) or the files are loaded again
            }
        }
        // The board shows what was recorded: the served record is read before the first frame.
        let served = ServedRecording(store: store, recorder: options.recorder)
        switch served.load() {
        case .success(let record): state = reduce(state, .servedLoaded(record: record, error: nil)).0
        case .failure(let problem): state = reduce(state, .servedLoaded(record: nil, error: problem.message)).0
        }
        var keptAtSignal: String?
        let hooks = TerminalHooks(
            save: { roster in
                do throws(RosterStoreError) {
                    let old = store.roster
                    let report = try session.save(roster)
                    keptAtSignal = nil
                    if !report.takenFromDisk.isEmpty {
                        return .tookChangesFromDisk(files: report.takenFromDisk, roster: store.roster, overwritten: report.overwritten)
                    }
                    if !report.overwritten.isEmpty { return .overwroteChanges(files: report.overwritten) }
                    return SaveCommit.afterSave(in: store.folder, old: old, new: store.roster).map(SaveProblem.savedWithWarning)
                } catch RosterStoreError.changedOnDisk(let file) {
                    return .changedOnDisk(file: file)
                } catch {
                    return .failed(Localized(error.message(in: .zh), error.message(in: .en)))
                }
            },
            reload: {
                do {
                    let roster = try session.reload()  // the unsaved work was dropped on purpose
                    keptAtSignal = nil
                    return .success(roster)
                } catch {
                    let lines = { (language: Language) in Console.lines(describing: error, in: language).joined(separator: "\n") }
                    return .failure(TerminalHooks.ReloadProblem(Localized(lines(.zh), lines(.en))))
                }
            },
            saveCopy: { roster, folder, language in RosterCopy.save(roster, like: store, to: folder, language: language) },
            proposeCopyFolder: { RosterCopy.suggestion(for: store.folder) },
            recover: { roster in
                do {
                    try session.keep(roster)
                    keptAtSignal = Localized("zhiban：未保存的修改已存入 \(session.recovery.url.path)，下次打开时可以恢复。",
                                             "zhiban: the unsaved changes were kept in \(session.recovery.url.path); the next start offers them back.")(language)
                    return nil
                } catch {
                    keptAtSignal = Localized("zhiban：未保存的修改没能存入 \(session.recovery.url.path)（\(error)），已丢失。",
                                             "zhiban: the unsaved changes could not be kept in \(session.recovery.url.path) (\(error)) and are lost.")(language)
                    return "\(error)"
                }
            },
            discardRecovery: {
                session.discardKept()
                keptAtSignal = nil
            },
            writeFile: { path, contents, holdsPhones, language in
                OutputFiles.write(contents, to: path, in: store.folder, holdsPhones: holdsPhones, language: language)
            },
            sendToPrinter: { contents, language in OutputFiles.print(contents, language: language) },
            recordServed: { events in served.append(events) },
            loadServed: { served.load() }
        )
        let color = TerminalSupport.colorWanted(noColorFlag: options.noColor, environment: environment)
        let outcome: TerminalApp.Outcome
        do {
            outcome = try TerminalApp.run(state, color: color, hooks: hooks)
        } catch {
            throw CommandFailure.failed("\(error)")
        }
        if case .quit = outcome {
            session.discardKept()  // quit means saved, or unsaved work dropped on purpose
        }
        if case .signal(let number) = outcome {
            if let keptAtSignal { printError(keptAtSignal) }
            throw ExitCode(128 + number)
        }
    }
}
