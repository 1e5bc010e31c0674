import Foundation
import XCTest

/// Where a command's output goes is never a reason to lose work or garble it.
///
/// - Issue 11 item 2: `zhiban rotate … | head -3` printed its summary, then died of SIGPIPE
///   before saving (status 141, duties.csv untouched). Writing commands now save first and
///   print after; SIGPIPE is ignored and a closed output ends the printing quietly.
/// - Issue 10 item 12: with `> log 2>&1`, buffered standard output was flushed in blocks that
///   could end inside a character, and unbuffered standard error landed in between: the log
///   was not valid UTF-8. Every write is now whole lines.
final class ReliabilityClosedOutputTests: XCTestCase {
    /// Runs a shell command line with `$Z` set to the built zhiban.
    private func shell(_ script: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try ChildProcess.run("/bin/bash", ["-c", "Z=\"$1\"; " + script, "bash", try BuiltProducts.path("zhiban")])
        return (result.status, result.stdout, result.stderr)
    }

    func testAReaderThatStopsEarlyNeverCostsThePlan() throws {
        let work = try TemporaryFolder("zhiban-closed-pipe")
        defer { work.remove() }
        let roster = work.path("roster")
        XCTAssertEqual(try shell("\"$Z\" init '\(roster)' --example chungu").status, 0)
        let before = try String(contentsOfFile: roster + "/duties.csv", encoding: .utf8)

        let rotated = try shell("\"$Z\" --roster '\(roster)' rotate --from 2022-04-01 --to 2022-04-30 | head -3; echo \"status ${PIPESTATUS[0]}\"")
        XCTAssertTrue(rotated.stdout.hasPrefix("2022-04-01 至 2022-04-30，全部卡口：新增 1500 人次"), rotated.stdout)
        XCTAssertTrue(rotated.stdout.hasSuffix("status 0\n"), "zhiban ends normally, not of SIGPIPE:\n\(rotated.stdout)")
        XCTAssertEqual(rotated.stderr, "", "a closed output is a quiet end")
        let after = try String(contentsOfFile: roster + "/duties.csv", encoding: .utf8)
        XCTAssertNotEqual(after, before, "the plan was saved")
        XCTAssertGreaterThan(after.split(separator: "\n").count, 700, "the whole month is in duties.csv")

        let again = try shell("\"$Z\" --roster '\(roster)' rotate --from 2022-04-01 --to 2022-04-30 --dry-run | head -1")
        XCTAssertTrue(again.stdout.contains("新增 0 人次"), "nothing is left to plan: \(again.stdout)")

        let csv = work.path("more.csv")
        try "姓名,手机,所属队伍\n新来的,13900000000,机动组\n坏行,abc,机动组\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let imported = try shell("\"$Z\" --roster '\(roster)' import --skip-bad '\(csv)' >&- 2>&-; echo \"status $?\"")
        XCTAssertEqual(imported.stdout, "status 0\n", "import with both outputs closed")
        let volunteers = try String(contentsOfFile: roster + "/volunteers.csv", encoding: .utf8)
        XCTAssertTrue(volunteers.contains("新来的"), "the import was saved")
        XCTAssertFalse(volunteers.contains("已导入"), "no message went into a roster file opened on a closed descriptor")
        XCTAssertNotEqual(try shell("\"$Z\" --roster '\(roster)' check >/dev/null 2>&1; echo $?").stdout, "2\n", "the roster still reads")

        for command in ["print 2022-04-01..2022-04-30 --by person", "stats", "export duties", "check"] {
            let printed = try shell("\"$Z\" --roster '\(roster)' \(command) | head -1 > /dev/null; echo \"status ${PIPESTATUS[0]}\"")
            XCTAssertTrue(printed.stdout == "status 0\n" || (command == "check" && printed.stdout == "status 1\n"),
                          "\(command): \(printed.stdout) \(printed.stderr)")
            XCTAssertEqual(printed.stderr.filter { !"共个问题空缺，。0123456789 \n".contains($0) }, "", "\(command): no error about the pipe")
        }
    }

    func testStandardErrorNeverLandsInsideACharacterOfStandardOutput() throws {
        let work = try TemporaryFolder("zhiban-interleave")
        defer { work.remove() }
        let roster = work.path("roster")
        XCTAssertEqual(try shell("\"$Z\" init '\(roster)' --example station").status, 0)
        // Several paddings, so that a block boundary of buffered output falls inside a
        // three-byte character in at least one of them.
        for padding in ["", "x", "xx"] {
            var duties = "日期,班次,卡口,值班人员\n"
            for day in 1...28 {
                for shift in ["早班", "晚班"] {
                    for gate in 1...6 { duties += "2022-04-\(String(format: "%02d", day)),\(shift),\(gate)号进站口,\(padding)不认识的人\(gate)\n" }
                }
            }
            try duties.write(toFile: roster + "/duties.csv", atomically: true, encoding: .utf8)
            let log = work.path("log\(padding)")
            let checked = try shell("\"$Z\" --roster '\(roster)' check > '\(log)' 2>&1; echo \"status $?\"")
            XCTAssertEqual(checked.stdout, "status 1\n")
            let bytes = try Data(contentsOf: URL(fileURLWithPath: log))
            XCTAssertGreaterThan(bytes.count, 16_384, "enough output for several buffer blocks")
            let text = try XCTUnwrap(String(data: bytes, encoding: .utf8), "padding \(padding.count): the log is not valid UTF-8")
            XCTAssertTrue(text.split(separator: "\n").contains { $0.hasPrefix("共 ") && $0.hasSuffix("个空缺。") },
                          "the summary on standard error is a whole line of its own")
        }
    }
}
