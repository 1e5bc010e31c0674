import Foundation
import XCTest
import ZhibanModel

/// Issue 10 item 6: `zhiban stats` took 74 s for a 4,000-character name and more than ten
/// minutes for 10,000 (which the files accept): it measured its table with a backtracking regular
/// expression and padded every row to the longest name. Every command now handles a person named
/// with 10,000 characters, on duty in a planned week of the chungu example, as a process that ends
/// well within the deadline (a limit that only catches the old behaviour: durations are not
/// asserted).
final class ReliabilityLongNameTests: XCTestCase {
    /// Generous for a debug build on a busy machine; the old `stats` needed minutes.
    static let deadline: TimeInterval = 10

    func testEveryCommandHandlesATenThousandCharacterNameQuickly() throws {
        let zhiban = try BuiltProducts.path("zhiban")
        let work = try TemporaryFolder("zhiban-long-name")
        defer { work.remove() }
        let roster = work.path("roster")
        XCTAssertEqual(try ChildProcess.run(zhiban, ["init", roster, "--example", "chungu"]).status, 0)
        XCTAssertEqual(try ChildProcess.run(zhiban, ["--roster", roster, "rotate", "--from", "2022-04-01", "--to", "2022-04-07"]).status, 0)

        // The first person on duty gets the long name, everywhere the files name them.
        let duties = try String(contentsOfFile: roster + "/duties.csv", encoding: .utf8)
        let firstDuty = try XCTUnwrap(duties.split(separator: "\n").dropFirst().first).split(separator: ",")
        let person = String(try XCTUnwrap(firstDuty[3].split(separator: ";").first))
        let long = String(repeating: "长", count: 10_000)
        for name in ["volunteers.csv", "duties.csv", "roster.toml"] {
            let path = roster + "/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: person, with: long).write(toFile: path, atomically: true, encoding: .utf8)
        }
        let sheet = work.url.appendingPathComponent("more.csv")
        try "姓名,手机,所属队伍\n\(long)二,13900000000,机动组\n".write(to: sheet, atomically: true, encoding: .utf8)

        let commands: [[String]] = [
            ["check"], ["stats"], ["stats", "--from", "2022-04-01", "--to", "2022-04-03"],
            ["rotate", "--from", "2022-04-01", "--to", "2022-04-10", "--dry-run"],
            ["print", "2022-04-01..2022-04-07"], ["print", "2022-04-01..2022-04-07", "--by", "person"],
            ["print", "2022-04-01", "--format", "markdown"], ["print", "2022-04-01", "--format", "csv"],
            ["print", "2022-04-01", "--format", "html"], ["notify", "2022-04-01"], ["export", "duties"],
            ["export", "ics", "--person", long], ["import", sheet.path],
            ["rotate", "--from", "2022-04-08", "--to", "2022-04-10"],
        ]
        for command in commands {
            let run = try MeasuredRun(zhiban, ["--roster", roster] + command, deadline: Self.deadline)
            let label = "zhiban " + command.joined(separator: " ").prefix(60)
            XCTAssertFalse(run.timedOut, "\(label) did not end within \(Int(Self.deadline)) s")
            XCTAssertTrue(run.status == 0 || (command == ["check"] && run.status == 1), "\(label): status \(run.status) \(run.stderr.prefix(300))")
        }
        let stats = try MeasuredRun(zhiban, ["--roster", roster, "stats"], deadline: Self.deadline)
        XCTAssertTrue(stats.stdout.contains("长长长长…"), "the name is cut in the table:\n\(stats.stdout.prefix(2000))")
        for line in stats.stdout.split(separator: "\n") {
            XCTAssertLessThan(String(line).displayWidth, 120, "no row is padded to the long name: \(line.prefix(80))")
        }
    }
}

