import Foundation
import XCTest

/// The sick call, for real in tmux on the chungu example: one key on the day board, a short form,
/// the re-plan preview of the stand-ins, Enter, save; the files then hold the range in 不能值班
/// and someone else on the person's places.
final class SickCallInterfaceTests: InterfaceTestCase {
    override var example: String { "chungu" }

    func testOneKeyTakesThePersonOffTheirDutiesAndTheStandInsAreSaved() throws {
        let tui = try open(waitingFor: "天瑞城市花园南门")
        try tui.command("rotate 2022-04-01 2022-04-03")
        try tui.waitFor("重新排班预览")
        try tui.press("Enter")
        try tui.command("w")
        try tui.waitFor("已保存")
        let sick = try XCTUnwrap(people(on: "2022-04-01,白班,天瑞城市花园南门").first)
        XCTAssertFalse(try dutyLines(of: sick, from: "2022-04-01", to: "2022-04-02").isEmpty)
        let dayAfter = try dutyLines(of: sick, from: "2022-04-03", to: "2022-04-03")
        try tui.command("goto 2022-04-01")
        try tui.waitFor("4月1日 周五")
        try tui.press("b")
        try tui.waitFor("\(sick) 不能值班")
        try tui.press("Tab", "C-u")
        try tui.type("4-2")
        try tui.press("Tab")
        try tui.type("fever")
        try tui.press("Enter")
        try tui.waitFor("\(sick) 不能值班 2022-04-01~2022-04-02（fever）：撤下")
        try tui.waitFor("新增")
        try tui.press("Enter")
        try tui.waitFor("[已修改]")
        try tui.command("wq")
        XCTAssertEqual(try tui.exitStatus(), 0)
        XCTAssertEqual(try dutyLines(of: sick, from: "2022-04-01", to: "2022-04-02"), [], "off every duty of those two days")
        XCTAssertEqual(try dutyLines(of: sick, from: "2022-04-03", to: "2022-04-03"), dayAfter, "the day after is left as it was")
        let standIns = try people(on: "2022-04-01,白班,天瑞城市花园南门")
        XCTAssertFalse(standIns.contains(sick))
        XCTAssertEqual(standIns.count, 2, "someone stands in: \(standIns)")
        let volunteer = try XCTUnwrap(try file("volunteers.csv").split(separator: "\n").first { $0.hasPrefix(sick + ",") })
        XCTAssertTrue(volunteer.contains("2022-04-01~2022-04-02"), String(volunteer))
        XCTAssertTrue(volunteer.contains("fever"), String(volunteer))
    }

    /// The people on a `date,shift,checkpoint` row of duties.csv.
    private func people(on slot: String) throws -> [String] {
        guard let line = try file("duties.csv").split(separator: "\n").first(where: { $0.hasPrefix(slot + ",") }) else { return [] }
        let cells = line.split(separator: ",", omittingEmptySubsequences: false)
        return cells.count > 3 ? cells[3].split(separator: ";").map(String.init) : []
    }

    /// The duties.csv lines between two ISO dates that hold the person.
    private func dutyLines(of person: String, from first: String, to last: String) throws -> [String] {
        try file("duties.csv").split(separator: "\n").dropFirst().map(String.init).filter { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            let date = String(cells[0])
            return date >= first && date <= last && cells.count > 3 && cells[3].split(separator: ";").contains { $0 == person }
        }
    }
}
