import Foundation
import ReliabilityFixtures
import ZhibanModel
import ZhibanStorage
#if canImport(Glibc)
import Glibc
#endif

// zhiban-crashtest: a process for the reliability tests to kill or starve. Not a product.
//
//   zhiban-crashtest save-loop DIR             saves version N+1, N+2, … of RosterVersion forever,
//                                              printing `ready N` once open and `saved N` after each save
//   zhiban-crashtest interface-save-loop DIR EXAMPLE
//                                              the interface's save path (EditingSession): versions N+1, N+2, … of
//                                              RosterVersion made from a bundled EXAMPLE, each kept for recovery as a
//                                              resting keyboard does (`kept N`), then saved (`saved N`)
//   zhiban-crashtest save DIR N [FSIZE]        one save of version N, under a file-size limit of FSIZE bytes
//                                              (RLIMIT_FSIZE during the save only, SIGXFSZ ignored); prints
//                                              `saved N`, or the error and exits 1
//   zhiban-crashtest hold-lock DIR             opens DIR as the writer, prints `locked`, waits for end of input
//   zhiban-crashtest record-loop DIR           appends served events N+1, N+2, … (their 说明 is N) forever,
//                                              printing `ready N` once open and `recorded N` after each

/// Prints a line to standard output at once (unbuffered: the test reads it while we run).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// Ends with status 1 after printing `message` (an error's description) to standard error.
func fail(_ message: Any) -> Never {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(1)
}

let arguments = CommandLine.arguments.dropFirst()
guard let command = arguments.first, arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: zhiban-crashtest save-loop|interface-save-loop|save|hold-lock|record-loop DIR [N [FSIZE]]\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments[arguments.startIndex + 1])

switch command {
case "save-loop":
    do {
        let store = try RosterStore(folder: folder)
        guard var n = RosterVersion.claimedNumber(of: store.roster) else { fail("the roster is not a RosterVersion") }
        say("ready \(n)")
        while true {
            n += 1
            try store.save(try RosterVersion.roster(n))
            say("saved \(n)")
        }
    } catch {
        fail(error)
    }
case "interface-save-loop":
    do {
        guard arguments.count >= 3, let example = BundledExample(rawValue: arguments[arguments.startIndex + 2]) else {
            fail("interface-save-loop needs a bundled example's name")
        }
        let session = EditingSession(store: try RosterStore(folder: folder))
        guard var n = RosterVersion.claimedNumber(of: session.store.roster) else { fail("the roster is not a RosterVersion") }
        say("ready \(n)")
        while true {
            n += 1
            let edited = try RosterVersion.roster(n, of: example)
            try session.keep(edited)
            say("kept \(n)")
            try session.save(edited)
            say("saved \(n)")
        }
    } catch {
        fail(error)
    }
case "save":
    guard arguments.count >= 3, let n = Int(arguments[arguments.startIndex + 2]) else { fail("save needs a version number") }
    let limit = arguments.count >= 4 ? rlim_t(arguments[arguments.startIndex + 3]) : nil
    var previous = rlimit()
    getrlimit(Int32(RLIMIT_FSIZE.rawValue), &previous)
    if let limit {
        signal(SIGXFSZ, SIG_IGN)  // as zhiban does: the write fails with EFBIG instead of killing us
        var fileSize = rlimit(rlim_cur: limit, rlim_max: previous.rlim_max)
        guard setrlimit(Int32(RLIMIT_FSIZE.rawValue), &fileSize) == 0 else { fail("setrlimit failed") }
    }
    let outcome = Result { try RosterStore(folder: folder).save(try RosterVersion.roster(n)) }
    setrlimit(Int32(RLIMIT_FSIZE.rawValue), &previous)  // the limit is for the save, not for reporting it
    do {
        _ = try outcome.get()
        say("saved \(n)")
    } catch {
        fail(error)
    }
case "hold-lock":
    do {
        let store = try RosterStore(folder: folder)
        say("locked \(store.roster.volunteers.count)")
        while readLine() != nil {}
    } catch {
        fail(error)
    }
case "record-loop":
    do {
        let store = try RosterStore(folder: folder)
        var n = try store.servedRecord().notes.count
        say("ready \(n)")
        while true {
            n += 1
            try store.record([ServedEvent(recordedAt: "2022-04-09 08:00:00", recordedBy: "crashtest", date: LocalDate(year: 2022, month: 4, day: 8)!,
                                          shift: "白班", checkpoint: "南门", kind: .note, text: "\(n)")])
            say("recorded \(n)")
        }
    } catch {
        fail(error)
    }
default:
    fail("unknown command \(command)")
}
