import Foundation
import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// A file left with git's conflict markers used to be read as three more volunteers (and
/// written back), or as a bad date or a TOML syntax error. Every file says where the conflict is.
final class ConflictMarkerTests: XCTestCase {
    private let message = "未解决的合并冲突"

    /// `lines` with a conflict between `ours` and `theirs` put before line `at` (1-based).
    private func conflicted(_ lines: [String], at: Int, ours: String, theirs: String, separator: String = "\n") -> String {
        var result = lines
        result.insert(contentsOf: ["<<<<<<< HEAD", ours, "=======", theirs, ">>>>>>> colleague"], at: at - 1)
        return result.joined(separator: separator)
    }

    private func assertConflict(at expected: [Int], in file: String, _ error: any Error, line: UInt = #line) {
        guard let error = error as? RosterFileError else { return XCTFail("\(error)", line: line) }
        XCTAssertEqual(error.problems.map(\.description), expected.map { "\(file):\($0): " + error.problems[0].message }, line: line)
        XCTAssertTrue(error.problems[0].message.hasPrefix(message), "\(error)", line: line)
    }

    func testConflictedVolunteersAreRefusedAtTheConflictNotReadAsPeople() {
        let text = conflicted([String(Fixtures.volunteerHeader.dropLast()), "王伟,13800000000,是,一组,,,,", ""],
                              at: 3, ours: "李娜,13800000001,否,一组,,,,", theirs: "李娜,13900000001,否,一组,,,,")
        XCTAssertThrowsError(try CSVFile.records(bytes: Array(text.utf8), name: "volunteers.csv")) {
            assertConflict(at: [3], in: "volunteers.csv", $0)
        }
    }

    func testConflictsInDutiesWithCRLFLineEndsNameTheirLines() {
        let rows = ["日期,班次,卡口,值班人员,锁定,备注", "2022-04-07,白班,南门,王伟,否,", "2022-04-08,白班,南门,王伟,否,", ""]
        var text = conflicted(rows, at: 2, ours: "2022-04-06,白班,南门,李娜,否,", theirs: "2022-04-06,白班,南门,张三,否,", separator: "\r\n")
        text += conflicted(["", ""], at: 1, ours: "2022-04-09,夜班,南门,李娜,否,", theirs: "", separator: "\r\n")
        XCTAssertThrowsError(try CSVFile.records(bytes: Array(text.utf8), name: "duties.csv")) {
            assertConflict(at: [2, 9], in: "duties.csv", $0)
        }
    }

    /// A file without CR is scanned by hopping from LF to LF; the same lines with CRLF take the
    /// byte-by-byte way. Both name the same lines: a mark on the first line, one on the last line
    /// with no line break after it, and a stray one in between.
    func testLFOnlyAndCRLFFilesNameTheSameLines() {
        let lines = ["<<<<<<< HEAD", "日期,班次,卡口,值班人员,锁定,备注", "=======", "日期,班次,卡口,值班人员", ">>>>>>> colleague",
                     "2022-04-07,白班,南门,王伟,否,", "", "=======", "2022-04-08,白班,南门,王伟,否,", ">>>>>>> x"]
        for separator in ["\n", "\r\n"] {
            let problems = ConflictMarkers.problems(in: lines.joined(separator: separator), file: "duties.csv")
            XCTAssertEqual(problems.map { $0.location?.line }, [1, 8, 10], separator == "\n" ? "LF" : "CRLF")
        }
    }

    func testAConflictInRosterTOMLIsNamedInsteadOfATOMLSyntaxError() {
        let text = conflicted(["title = \"春谷\"", "time_zone = \"Asia/Shanghai\"", ""], at: 2,
                              ours: "[rules]\nmin_rest = \"8h\"", theirs: "[rules]\nmin_rest = \"10h\"")
        XCTAssertThrowsError(try RosterTOMLReader.roster(from: text, file: "roster.toml")) {
            assertConflict(at: [2], in: "roster.toml", $0)
        }
    }

    func testLinesInRosterTOMLAreCountedAsTOMLCountsThem() {
        // A lone CR ends no line in TOML (the fuzz harness and TOMLLineIndex count LF only).
        let text = "title = \"x\"\r\n# a\rb\n<<<<<<< HEAD\r\n=======\r\n>>>>>>> theirs\r\n"
        XCTAssertThrowsError(try RosterTOMLReader.roster(from: text, file: "roster.toml")) {
            assertConflict(at: [3], in: "roster.toml", $0)
        }
    }

    func testAMarkerLeftAloneIsRefusedToo() {
        let text = "姓名,手机\n王伟,1\n=======\n李娜,2\n"
        XCTAssertThrowsError(try CSVFile.records(bytes: Array(text.utf8), name: "v.csv")) { assertConflict(at: [3], in: "v.csv", $0) }
    }

    func testTextThatOnlyLooksLikeAMarkerIsKept() throws {
        let text = "姓名,备注\n王伟,<<<<<<< 不是标记\n李娜,========\n张三,>>>>>>>>\n赵六,\"多行\n<<<<<<<<\"\n"
        XCTAssertEqual(try CSVFile.records(bytes: Array(text.utf8), name: "v.csv").count, 5)
    }

    func testARosterFolderWithAConflictIsNotOpenedSoNothingIsWritten() throws {
        let folder = Fixtures.temporaryFolder(self).appendingPathComponent("r")
        _ = try BundledExample.station.install(into: folder)
        let path = folder.appendingPathComponent(RosterFiles.volunteers)
        var lines = try String(contentsOf: path, encoding: .utf8).components(separatedBy: "\n")
        lines.insert(contentsOf: ["<<<<<<< HEAD", "=======", "新人,13800000000,否,,,,,", ">>>>>>> theirs"], at: 2)
        let bytes = Data(lines.joined(separator: "\n").utf8)
        try bytes.write(to: path)
        XCTAssertThrowsError(try RosterStore(folder: folder)) {
            XCTAssertEqual("\($0)", "\(folder.relativePath)/volunteers.csv:3: " + ($0 as! RosterFileError).problems[0].message)
        }
        XCTAssertEqual(try Data(contentsOf: path), bytes)
    }
}
