import Foundation
import XCTest
import ZhibanTestSupport

/// The tests' own tools do what the tests rely on.
final class TestSupportTests: XCTestCase {
    func testTheSnapshotDifferenceNamesEveryDifferingLine() {
        XCTAssertNil(Snapshot.difference(expected: "a\nb\n", actual: "a\nb\n"))
        XCTAssertEqual(Snapshot.difference(expected: "a\nb\nc", actual: "a\nB\nc\nd"),
                       "line 2\n  expected: b\n  actual:   B\nline 4\n  expected: <none>\n  actual:   d")
        let many = Snapshot.difference(expected: String(repeating: "x\n", count: 20), actual: String(repeating: "y\n", count: 20), limit: 3)
        XCTAssertEqual(many?.components(separatedBy: "\n").last, "… and 17 more lines")
    }

    func testASnapshotFileIsComparedByteForByte() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-snapshot-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("值班\n".utf8).write(to: file)
        try XCTSkipIf(Snapshot.isRecording, "a recording run rewrites instead of comparing")
        Snapshot.assert("值班\n", matches: file)
    }

    func testTheProcessRunnerGivesStatusOutputErrorsAndInput() throws {
        let bash = URL(fileURLWithPath: "/bin/bash")
        let run = try ProcessRunner.run(bash, ["-c", "read line; echo \"out $line\"; echo err >&2; exit 3"], input: Data("值班\n".utf8))
        XCTAssertEqual(run.status, 3)
        XCTAssertEqual(run.output, "out 值班\n")
        XCTAssertEqual(run.errors, "err\n")
        XCTAssertFalse(run.timedOut)
        let merged = try ProcessRunner.run(bash, ["-c", "echo a; echo b >&2; echo c"], mergingErrors: true)
        XCTAssertEqual(merged.output, "a\nb\nc\n")
    }

    func testAHungProgramIsEndedAtTheDeadline() throws {
        let started = Date()
        let run = try ProcessRunner.run(URL(fileURLWithPath: "/bin/sleep"), ["30"], timeout: 0.5)
        XCTAssertTrue(run.timedOut)
        XCTAssertTrue(run.signalled)
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testAFolderAndEnvironmentReachTheProgram() throws {
        let folder = FileManager.default.temporaryDirectory
        let run = try ProcessRunner.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "pwd; echo $ZHIBAN_TEST_VALUE"], in: folder,
                                        environment: ["ZHIBAN_TEST_VALUE": "社区"])
        XCTAssertEqual(run.output, "\(folder.resolvingSymlinksInPath().path)\n社区\n")
    }

    func testTheQuickTierSkipsOnlyWhenAskedFor() throws {
        let before = ProcessInfo.processInfo.environment["ZHIBAN_QUICK"]
        defer { if let before { setenv("ZHIBAN_QUICK", before, 1) } else { unsetenv("ZHIBAN_QUICK") } }
        unsetenv("ZHIBAN_QUICK")
        XCTAssertNoThrow(try TestTier.skipIfQuick("a slow proof"))
        setenv("ZHIBAN_QUICK", "1", 1)
        XCTAssertThrowsError(try TestTier.skipIfQuick("a slow proof")) { XCTAssertTrue($0 is XCTSkip) }
    }
}
