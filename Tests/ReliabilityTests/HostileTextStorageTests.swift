import Foundation
import XCTest
import ZhibanModel
import ZhibanStorage

/// Issue 6, "hostile text" in storage. The policy (Docs/reliability.md):
/// - any text is saved and read back exactly, in every field of every file, except that
/// - NUL is never stored: input files holding one are refused (`file:line:`), and a NUL in the
///   roster is left out when saving (and `\u0000` in roster.toml is refused at its line);
/// - names of people and shifts may not hold `;`, `；` or `、`, which separate them in the
///   files: such a name is refused with its line instead of being split in two on reload;
/// - CSV cells are trimmed of white space at both ends (spreadsheets leave it there).
final class HostileTextStorageTests: XCTestCase {
    /// A roster using `text` in every free-text field of every file, and `text` without list
    /// separators in the names of people and shifts.
    private func roster(with text: String) -> Roster {
        let name = String(text.map { ";；、".contains($0) ? "·" : $0 })
        var roster = Roster.empty(title: "标题" + text)
        roster.shifts = [Shift(name: "班" + name, start: ClockTime(hour: 8, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!)]
        roster.teams = [Team(name: "队" + text, kind: "类" + text, leader: "人" + name, compounds: ["区" + text])]
        roster.checkpoints = [Checkpoint(
            name: "卡" + text, compound: "区" + text, openFrom: ClockTime(hour: 0, minute: 0)!, openUntil: ClockTime(hour: 24, minute: 0)!,
            shifts: ["班" + name], peoplePerShift: 1, keepers: ["队" + text], reserve: "队" + text)]
        roster.volunteers = [Volunteer(name: "人" + name, phone: "13900000000", team: "队" + text, role: "职" + text,
                                       skills: ["技" + name], unavailable: [.shift("班" + name)], note: "注" + text)]
        roster.duties = [Duty(date: LocalDate(year: 2022, month: 4, day: 7)!, shift: "班" + name, checkpoint: "卡" + text,
                              people: ["人" + name], note: "注" + text)]
        return roster
    }

    /// Saves `roster` into a new folder and loads it back.
    private func roundTrip(_ roster: Roster) throws -> Roster {
        let folder = try TemporaryFolder("zhiban-hostile")
        defer { folder.remove() }
        _ = try RosterStore.create(folder: folder.url, roster: roster)
        return try RosterStore(folder: folder.url, readOnly: true).roster
    }

    /// Asserts two rosters are equal part by part, so a failure names the file that lost text.
    private func assertSame(_ loaded: Roster, _ expected: Roster, _ text: String, line: UInt = #line) {
        let label = text.prefix(40).debugDescription
        XCTAssertEqual(loaded.settings, expected.settings, "roster.toml title: \(label)", line: line)
        XCTAssertEqual(loaded.shifts, expected.shifts, "roster.toml shifts: \(label)", line: line)
        XCTAssertEqual(loaded.teams, expected.teams, "roster.toml teams: \(label)", line: line)
        XCTAssertEqual(loaded.checkpoints, expected.checkpoints, "roster.toml checkpoints: \(label)", line: line)
        XCTAssertEqual(loaded.volunteers, expected.volunteers, "volunteers.csv: \(label)", line: line)
        XCTAssertEqual(loaded.duties, expected.duties, "duties.csv: \(label)", line: line)
    }

    func testEveryHostileStringRoundTripsThroughEveryFileExactly() throws {
        for text in HostileStrings.all {
            // Wrapped in text, so the trimming of CSV cells does not apply.
            let original = roster(with: text + "尾")
            assertSame(try roundTrip(original), original, text)
        }
    }

    func testANulInTheRosterIsLeftOutWhenSavingAndTheRestIsKept() throws {
        let withNul = roster(with: HostileStrings.nul)
        let withoutNul = roster(with: HostileStrings.nul.replacingOccurrences(of: "\u{0}", with: ""))
        assertSame(try roundTrip(withNul), withoutNul, HostileStrings.nul)
    }

    func testEveryInputFileHoldingANulIsRefusedWithItsLine() throws {
        let folder = try TemporaryFolder("zhiban-nul")
        defer { folder.remove() }
        let csv = folder.url.appendingPathComponent("volunteers.csv")
        try Data("姓名,手机\n张三,13900000000\n李\u{0}四,13900000001\n".utf8).write(to: csv)
        XCTAssertThrowsError(try SpreadsheetImporter().importing([csv], into: .empty(title: "t"))) { error in
            XCTAssertTrue("\(error)".hasSuffix("volunteers.csv:3: 含有 NUL 字符（\\0），不是文本文件或已经损坏；请在 Excel/WPS 里另存为“CSV UTF-8”"), "\(error)")
        }
        try Data("title = \"t\"\n\n[rules]\nmin_rest = \"8h\u{0}\"\n".utf8).write(to: folder.url.appendingPathComponent("roster.toml"))
        XCTAssertThrowsError(try RosterStore(folder: folder.url, readOnly: true)) { error in
            XCTAssertTrue("\(error)".contains("roster.toml:4: 含有 NUL 字符"), "\(error)")
        }
    }

    func testNamesHoldingListSeparatorsAreRefusedInsteadOfSplitOnReload() throws {
        let folder = try TemporaryFolder("zhiban-separators")
        defer { folder.remove() }
        let csv = folder.url.appendingPathComponent("people.csv")
        try "姓名,手机\n张三;李四,13900000000\n王五、赵六,\n".write(to: csv, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SpreadsheetImporter().importing([csv], into: .empty(title: "t"))) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("people.csv:2: 姓名“张三;李四”里不能有分号或顿号（; ； 、），值班表用它们分隔多个姓名"), message)
            XCTAssertTrue(message.contains("people.csv:3: 姓名“王五、赵六”"), message)
        }
        let shifts = folder.url.appendingPathComponent("shifts.csv")
        try "班次,开始,结束\n早；晚,08:00,20:00\n".write(to: shifts, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SpreadsheetImporter().importing([shifts], into: .empty(title: "t"))) { error in
            XCTAssertTrue("\(error)".contains("shifts.csv:2: 班次名“早；晚”里不能有分号或顿号"), "\(error)")
        }
        let toml = "title = \"t\"\n\n[[shift]]\nname = \"早、晚\"\nstart = \"08:00\"\nend = \"20:00\"\n"
        XCTAssertThrowsError(try RosterTOMLReader.roster(from: toml, file: "roster.toml")) { error in
            XCTAssertTrue("\(error)".contains("roster.toml:4: 班次名“早、晚”里不能有分号或顿号"), "\(error)")
        }
    }
}
