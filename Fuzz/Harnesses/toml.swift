import ZhibanModel
import ZhibanStorage

// libFuzzer harness "toml": any bytes as roster.toml, read by RosterTOMLReader through TOMLKit
// (toml++, C++, instrumented too). Reading must never crash; every problem names a line of the
// file; a roster that reads must survive RosterTOMLWriter and read back equal.

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
    return 0
}
