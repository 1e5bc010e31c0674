import ZhibanModel
import ZhibanStorage

// libFuzzer harness "toml": any bytes as roster.toml, read by RosterTOMLReader through its own
// TOMLParser. Reading must never crash; every problem names a line of the
// file; a roster that reads must survive RosterTOMLWriter and read back equal; and a save of an
// edited roster over the file (which rewrites only the changed tables, keeping the rest as
// written: TOMLDocument) must give a file that reads back as exactly the edited roster.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let roster: Roster
    do {
        roster = try RosterFiles.roster(from: [RosterFiles.definitions: bytes])
    } catch {
        let lines = bytes.count { $0 == 0x0A } + 1
        for problem in error.problems {
            let line = problem.location?.line ?? 1
            precondition((1...lines).contains(line), "problem at line \(line) of \(lines): \(problem)")
        }
        return 0
    }
    let written = RosterTOMLWriter.text(for: roster)
    let again: Roster
    do {
        again = try RosterTOMLReader.roster(from: written, file: "roster.toml")
    } catch {
        preconditionFailure("the written roster.toml does not read back: \(error)\n\(written)")
    }
    precondition(again == roster, "the roster changed on the way through roster.toml:\n\(written)")
    checkEditedSave(of: roster, over: bytes)
    return 0
}

/// Saves an edit of `roster` (a new title, a checkpoint changed, a team gone, a shift added,
/// other rules) over `bytes` and reads the result back.
func checkEditedSave(of roster: Roster, over bytes: [UInt8]) {
    var edited = roster
    edited.settings.title += "（改）"
    edited.settings.rules.minRestMinutes = roster.settings.rules.minRestMinutes == 480 ? 540 : 480
    if !edited.checkpoints.isEmpty { edited.checkpoints[edited.checkpoints.count / 2].peoplePerShift += 1 }
    if !edited.teams.isEmpty { edited.teams.removeLast() }
    edited.shifts.append(Shift(name: "模糊测试班次\(roster.shifts.count)", start: ClockTime(minutes: 60)!, end: ClockTime(minutes: 120)!))
    let files: [(name: String, bytes: [UInt8])]
    do {
        files = try RosterFiles.contents(of: edited, over: [RosterFiles.definitions: bytes])
    } catch {
        preconditionFailure("a file that read does not read when saving over it: \(error)")
    }
    guard let saved = files.first(where: { $0.name == RosterFiles.definitions }) else {
        preconditionFailure("the edited definitions were not written")
    }
    let text = String(decoding: saved.bytes, as: UTF8.self)
    do {
        let reread = try RosterTOMLReader.roster(from: text, file: "roster.toml")
        precondition(reread.settings == edited.settings && reread.shifts == edited.shifts
            && reread.checkpoints == edited.checkpoints && reread.teams == edited.teams
            && reread.rotations == edited.rotations, "the edited save does not read back as the edit:\n\(text)")
    } catch {
        preconditionFailure("the edited save does not read back: \(error)\n\(text)")
    }
}
