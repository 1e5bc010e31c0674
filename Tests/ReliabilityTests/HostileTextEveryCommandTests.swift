import Foundation
import XCTest
import ZhibanModel
import ZhibanStorage

/// Issue 10 item 7: every line any command prints passes one sanitizer. `zhiban rotate` used to
/// print its change lines and explanations raw: a `DCS +q` in a name made the terminal type a
/// reply into the input, and a line break in a name forged a line of its own.
///
/// Every command runs on the hostile roster (plus names holding a line break and a Unicode line
/// separator) and nothing it writes to standard output or standard error holds a C0 or C1
/// control, ESC, a bidi control or U+2028/U+2029 — except what a document's own format needs
/// (CRLF in CSV and iCalendar, a form feed between printed pages).
final class HostileTextEveryCommandTests: XCTestCase {
    /// A name whose line break would start a line that looks like zhiban's own.
    private static let forger = "赵六\n新增 2022-04-09 白班 假卡口：伪造的行"
    /// A name holding a DCS `+q` query (a terminal answers it by typing into the input).
    private static let querier = "\u{1B}P+q544e\u{1B}\\钱七"
    /// A name with a Unicode line separator and a paragraph separator.
    private static let separated = "孙八\u{2028}行\u{2029}段"

    private var work: TemporaryFolder!
    private var roster: String { work.path("roster") }

    override func setUpWithError() throws {
        work = try TemporaryFolder("zhiban-hostile-every")
        var hostile = HostileRoster.roster
        let team = hostile.teams[0].name
        for (index, name) in [Self.forger, Self.querier, Self.separated].enumerated() {
            hostile.volunteers.append(Volunteer(name: name, phone: "1390000222\(index)", team: team, note: "注\u{1B}[31m"))
        }
        _ = try RosterStore.create(folder: URL(fileURLWithPath: roster), roster: hostile)
    }

    override func tearDown() {
        work?.remove()
    }

    /// Runs zhiban and checks everything it printed; `allowed` are the scalars the output's
    /// format needs.
    @discardableResult
    private func run(_ arguments: [String], allowed: Set<Unicode.Scalar> = [], file: StaticString = #filePath, line: UInt = #line)
        throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try ChildProcess.run(try BuiltProducts.path("zhiban"), ["--roster", roster] + arguments)
        let label = "zhiban " + arguments.joined(separator: " ").debugDescription
        XCTAssertFalse(result.signalled, "\(label) died of a signal", file: file, line: line)
        for (stream, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
            let found = TerminalSafety.dangerousScalars(in: text).filter { !allowed.contains($0) }
            XCTAssertEqual(found, [], "\(label) \(stream): \(text.debugDescription.prefix(400))", file: file, line: line)
            let forged = text.split(separator: "\n").filter { $0.hasPrefix("新增 2022-04-09 白班 假卡口") }
            XCTAssertEqual(forged, [], "\(label) \(stream): a name forged a line", file: file, line: line)
        }
        return (result.status, result.stdout, result.stderr)
    }

    func testRotatePrintsHostileNamesSafely() throws {
        let dryRun = try run(["rotate", "--from", "2022-04-07", "--to", "2022-04-09", "--fresh", "--dry-run"])
        XCTAssertEqual(dryRun.status, 0, dryRun.stderr)
        XCTAssertTrue(dryRun.stdout.contains("赵六 新增 2022-04-09 白班 假卡口：伪造的行"), "the name is shown on one line:\n\(dryRun.stdout)")
        XCTAssertTrue(dryRun.stdout.contains("�P+q544e�\\钱七"), dryRun.stdout)
        XCTAssertTrue(dryRun.stdout.contains("孙八 行 段"), dryRun.stdout)
        let saved = try run(["rotate", "--from", "2022-04-07", "--to", "2022-04-09", "--fresh"])
        XCTAssertEqual(saved.status, 0, saved.stderr)
        XCTAssertTrue(saved.stdout.contains("已保存"), saved.stdout)
        let unknown = try run(["rotate", "--from", "2022-04-07", "--to", "2022-04-09", "--checkpoint", Self.querier])
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.stderr.contains("没有叫“�P+q544e�\\钱七”的卡口"), unknown.stderr)
    }

    func testEveryOtherCommandPrintsHostileNamesSafely() throws {
        XCTAssertEqual(try run(["rotate", "--from", "2022-04-07", "--to", "2022-04-09"]).status, 0)
        let checked = try run(["check"])
        XCTAssertTrue(checked.status == 0 || checked.status == 1, checked.stderr)
        let stats = try run(["stats"])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        XCTAssertTrue(stats.stdout.contains("赵六 新增"), "every person of a busy team is listed:\n\(stats.stdout)")
        for format in ["text", "markdown", "csv", "html"] {
            let allowed: Set<Unicode.Scalar> = format == "csv" ? ["\r"] : (format == "text" ? ["\u{0C}"] : [])
            for grouping in ["date", "checkpoint", "team", "person"] {
                let printed = try run(["print", "2022-04-07..2022-04-09", "--format", format, "--by", grouping], allowed: allowed)
                XCTAssertEqual(printed.status, 0, printed.stderr)
            }
        }
        XCTAssertEqual(try run(["notify", "2022-04-07"]).status, 0)
        XCTAssertEqual(try run(["export", "duties"], allowed: ["\r"]).status, 0)
        XCTAssertEqual(try run(["export", "ics", "--person", Self.querier], allowed: ["\r"]).status, 0)
        XCTAssertEqual(try run(["export", "ics", "--team", HostileRoster.roster.teams[0].name], allowed: ["\r"]).status, 0)
        XCTAssertEqual(try run(["print", "\u{1B}]0;日期\u{07}"]).status, 1, "a bad date is repeated safely")
        XCTAssertEqual(try run(["export", "ics", "--person", "\u{1B}[2J无此人"]).status, 1)
        XCTAssertNotEqual(try run(["--\u{1B}[2J坏选项"]).status, 0, "ArgumentParser's own error repeats the option safely")
        XCTAssertEqual(try run(["init", work.path("new\u{1B}]0;x\u{07}"), "--title", "\u{1B}[2J标题"]).status, 0)
        XCTAssertEqual(try run(["demo", "--summary"]).status, 0)
    }

    func testImportReportsHostileCellsSafely() throws {
        let sheet = work.url.appendingPathComponent("more.csv")
        try "姓名,手机,所属队伍\n\"周九\n新增 2022-04-09 白班 假卡口：伪造的行\",139abc\u{9B}1m,\u{1B}P+q\u{1B}\\队\n吴十\u{2028},13900003333,新队\n"
            .write(to: sheet, atomically: true, encoding: .utf8)
        let refused = try run(["import", sheet.path])
        XCTAssertEqual(refused.status, 1, refused.stderr)
        let skipped = try run(["import", "--skip-bad", sheet.path])
        XCTAssertEqual(skipped.status, 0, skipped.stderr)
        XCTAssertTrue(skipped.stderr.contains("（已跳过）"), skipped.stderr)
    }
}
