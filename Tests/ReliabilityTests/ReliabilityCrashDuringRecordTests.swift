import Foundation
import ReliabilityFixtures
import XCTest
import ZhibanModel
import ZhibanPlanning
import ZhibanTestSupport
@testable import ZhibanStorage

/// Issue 13, "nothing reported saved is lost to a kill": a process appending served events in a
/// loop is killed with SIGKILL at random moments; after every kill the month file reads without a
/// problem (never a torn line), holds every event reported recorded, in order, each once, and at
/// most the one being recorded besides.
final class ReliabilityCrashDuringRecordTests: XCTestCase {
    /// Kills in one run (fixed seed).
    static let kills = 200
    /// The seed of the random delays.
    static let seed: UInt64 = 20_220_408
    /// The longest wait (µs) before the kill: about one append with its flushes here.
    static let longestDelay: UInt32 = 30_000

    func testKilledWhileRecordingLosesNothingReportedRecorded() throws {
        let tool = try BuiltProducts.path("zhiban-crashtest")
        let folder = try TemporaryFolder("zhiban-crash-record")
        defer { folder.remove() }
        _ = try RosterStore.create(folder: folder.url, roster: try RosterVersion.roster(0))
        var random = SeededGenerator(seed: Self.seed)
        var recorded = 0
        var unfinishedSeen = 0
        for kill in 1...Self.kills {
            let child = try ChildProcess(tool, ["record-loop", folder.url.path])
            guard let ready = child.waitForLine(startingWith: "ready ") else {
                return XCTFail("kill \(kill): the recorder did not start: \(child.finish().stderr)")
            }
            XCTAssertEqual(ready, "ready \(recorded)", "kill \(kill)")
            // Let one append finish first, so that on a loaded machine the kills still land among appends.
            XCTAssertNotNil(child.waitForLine(startingWith: "recorded "), "kill \(kill): the recorder never recorded")
            usleep(UInt32.random(in: 0...Self.longestDelay, using: &random))
            Glibc.kill(child.pid, SIGKILL)
            let end = child.finish()
            XCTAssertTrue(end.signalled, "kill \(kill): the recorder ended by itself: \(end.stderr)")
            let lastReported = end.stdout.split(separator: "\n").last { $0.hasPrefix("recorded ") }.flatMap { Int($0.dropFirst(9)) } ?? recorded
            // A reader (no lock, no recovery) and then a writer (after recovery) see the same whole events.
            let read = try RosterStore(folder: folder.url, readOnly: true).servedRecord().notes.map(\.text)
            let afterRecovery = try RosterStore(folder: folder.url).servedRecord().notes.map(\.text)
            XCTAssertEqual(read, afterRecovery, "kill \(kill): recovery changed what a reader saw")
            XCTAssertTrue(read.count == lastReported || read.count == lastReported + 1,
                          "kill \(kill): \(read.count) events on disk, \(lastReported) reported recorded")
            XCTAssertEqual(read, (0..<read.count).map { "\($0 + 1)" }, "kill \(kill): events lost, repeated or out of order")
            if read.count == lastReported + 1 { unfinishedSeen += 1 }
            recorded = read.count
        }
        print("record kills: \(Self.kills), events recorded: \(recorded), kills after the commit point but before the report: \(unfinishedSeen)")
        XCTAssertGreaterThanOrEqual(recorded, Self.kills, "every run records at least once before its kill")
    }
}
