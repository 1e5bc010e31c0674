import XCTest
import ZhibanModel
import ZhibanPlanning

/// The served figures shown beside the planned ones (stats): nothing until something is
/// recorded, then served minutes and the unconfirmed ones apart, per person and per team.
final class ServedBesidePlannedTests: XCTestCase {
    private typealias B = RosterBuilder

    private let roster = B.roster(checkpoints: [B.gate("南门", keepers: ["甲队"], reserve: "乙队")],
                                  volunteers: B.people("甲", 4, team: "甲队") + B.people("乙", 1, team: "乙队"),
                                  duties: [B.duty("2022-04-01", "白班", "南门", ["甲1", "甲2"]), B.duty("2022-04-02", "白班", "南门", ["甲1", "甲2"])])
    private let dates = B.date("2022-04-01")...B.date("2022-04-02")

    private func event(_ kind: ServedEventKind, _ date: String, person: String = "", substitute: String = "") -> ServedEvent {
        ServedEvent(recordedAt: "2022-04-02 21:00:00", recordedBy: "测试", date: B.date(date), shift: kind == .close ? "" : "白班",
                    checkpoint: kind == .close ? "" : "南门", person: person, kind: kind, substitute: substitute)
    }

    func testNothingToShowUntilSomethingIsRecorded() {
        XCTAssertNil(ServedBesidePlanned(roster, record: ServedRecord([]), dates: dates, today: B.date("2022-04-30")))
        XCTAssertNil(ServedBesidePlanned(roster, record: ServedRecord([event(.close, "2022-04-01")]), dates: nil, today: B.date("2022-04-30")))
    }

    func testServedAndUnconfirmedPerPersonAndTeam() throws {
        let record = ServedRecord([event(.replaced, "2022-04-01", person: "甲2", substitute: "乙1"), event(.close, "2022-04-01")])
        let figures = try XCTUnwrap(ServedBesidePlanned(roster, record: record, dates: dates, today: B.date("2022-04-30")))
        XCTAssertEqual(figures.person("甲1"), .init(served: 720, unconfirmed: 720), "4月2日 is not closed")
        XCTAssertEqual(figures.person("甲2"), .init(served: 0, unconfirmed: 720))
        XCTAssertEqual(figures.person("乙1"), .init(served: 720, unconfirmed: 0))
        XCTAssertEqual(figures.team("甲队"), .init(served: 720, unconfirmed: 1440))
        XCTAssertEqual(figures.team("乙队").served, 720)
        XCTAssertEqual(figures.unconfirmedDates, [B.date("2022-04-02")])
        XCTAssertEqual(figures.person("无名氏"), .init())
    }
}
