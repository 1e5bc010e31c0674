import Foundation
import ReliabilityFixtures
import XCTest
import ZhibanModel
import ZhibanTestSupport
@testable import ZhibanStorage

/// A record that cannot be written (the served folder read-only) fails with a message saying
/// nothing was lost, and leaves the month file exactly as it was.
final class ReliabilityFailedRecordTests: XCTestCase {
    func testAFailedRecordLeavesTheMonthFileIntact() throws {
        let folder = try TemporaryFolder("zhiban-failed-record")
        defer { folder.remove() }
        let store = try RosterStore.create(folder: folder.url, roster: try RosterVersion.roster(0))
        func note(_ text: String) -> ServedEvent {
            ServedEvent(recordedAt: "2022-04-09 08:00:00", recordedBy: "测试", date: LocalDate(year: 2022, month: 4, day: 8)!,
                        shift: "白班", checkpoint: "南门", kind: .note, text: text)
        }
        try store.record([note("第一条")])
        let served = folder.url.appendingPathComponent("served")
        let before = try Data(contentsOf: served.appendingPathComponent("2022-04.csv"))
        let readOnly = try ReadOnlyFolder(served)
        defer { readOnly.undo() }
        XCTAssertThrowsError(try store.record([note("第二条")])) { error in
            guard case .writeFailed = error as? RosterStoreError else { return XCTFail("\(error)") }
            XCTAssertTrue("\(error)".contains("原来的文件没有改动，没有丢失任何数据"), "\(error)")
        }
        readOnly.undo()
        XCTAssertEqual(try Data(contentsOf: served.appendingPathComponent("2022-04.csv")), before)
        XCTAssertEqual(try store.servedRecord().notes.map(\.text), ["第一条"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: served.path).sorted(), ["2022-04.csv"], "no leftovers")
    }
}
