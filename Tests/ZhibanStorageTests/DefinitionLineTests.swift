import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// Mistakes in `roster.toml` that used to surface far from where they were made: a name with a
/// space at its end (an unknown shift at every checkpoint), an unknown time zone (`export ics`
/// failing without a line). Each is reported at its own line.
final class DefinitionLineTests: XCTestCase {
    private func problems(_ text: String) -> [String] {
        do {
            _ = try RosterTOMLReader.roster(from: text, file: "roster.toml")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    func testAShiftNameWithATrailingSpaceIsReportedAtItsOwnLineOnly() {
        let text = """
            title = "x"

            [[shift]]
            name = "白班 "
            start = "08:00"
            end = "20:00"

            [[checkpoint]]
            name = "南门"
            shifts = ["白班"]
            people = 1
            keepers = ["一组"]
            """
        XCTAssertEqual(problems(text), ["roster.toml:4: 班次名“白班 ”末尾有空格：别处写的“白班”对不上它，请删掉空格"])
    }

    /// Lines are counted on scalars now (a CRLF line keeps its CR until trimmed): Windows line
    /// ends and Chinese keys on the second of several tables still give the right line.
    func testLinesAreRightWithWindowsLineEndsAndRepeatedTables() {
        let text = [
            "title = \"x\"", "", "[[shift]]", "name = \"夜班\"", "start = \"20:00\"", "end = \"08:00\"",
            "", "[[shift]]", "# 白天", "name = \"白班 \"", "start = \"08:00\"", "end = \"20:00\"",
        ].joined(separator: "\r\n")
        XCTAssertEqual(problems(text), ["roster.toml:10: 班次名“白班 ”末尾有空格：别处写的“白班”对不上它，请删掉空格"])
    }

    func testCheckpointAndTeamNamesWithSpacesAreReportedAtTheirLines() {
        let text = """
            [[checkpoint]]
            name = "　南门"
            shifts = ["白班"]
            people = 1
            keepers = ["一组"]

            [[team]]
            name = " "
            """
        XCTAssertEqual(problems(text), [
            "roster.toml:2: 卡口名“　南门”开头有空格：别处写的“南门”对不上它，请删掉空格",
            "roster.toml:8: 队伍名“ ”只有空格：别处写的“”对不上它，请删掉空格",
        ])
    }

    func testAnUnknownTimeZoneIsReportedAtItsLine() {
        XCTAssertEqual(problems("title = \"x\"\ntime_zone = \"Asia/Shangai\"\n"),
                       ["roster.toml:2: time_zone“Asia/Shangai”不是已知的时区（应写 IANA 名称，如 \"Asia/Shanghai\"）；导出日历要用它"])
        XCTAssertEqual(problems("time_zone = \"Europe/Berlin\"\n"), [])
    }
}
