import XCTest
import ZhibanModel
@testable import ZhibanTUI

final class SearchTests: XCTestCase {
    private let start = Fixture.state()

    private func search(_ query: String, from state: AppState? = nil) -> AppState {
        (state ?? start).after(.openSearch).0.typing(query).after(.submit).0
    }

    func testSearchJumpsToThePersonByNameOrPinyin() {
        XCTAssertEqual(search("李强").board, BoardCursor(row: 0, column: 0, place: 1))
        XCTAssertEqual(search("zw").board, BoardCursor(row: 0, column: 1, place: 0))
        XCTAssertEqual(search("zw").message?.text, "查找 zw：第 1/1 处")
    }

    func testSearchFindsACheckpointByName() {
        XCTAssertEqual(search("春谷").board.row, 1)
    }

    func testNextAndPreviousWrapAround() {
        let found = search("组长")  // 王中理, 陈明, 周杰: the leaders
        XCTAssertEqual(found.board, BoardCursor(row: 1, column: 0, place: 0), "the first match after the cursor")
        XCTAssertEqual(found.after(.searchNext).0.board, BoardCursor(row: 2, column: 0, place: 0))
        XCTAssertEqual(found.after(.searchNext, .searchNext).0.board, BoardCursor(row: 0, column: 0, place: 0))
        XCTAssertEqual(found.after(.searchPrevious).0.board, BoardCursor(row: 0, column: 0, place: 0))
    }

    func testMissesAndRepeatsWithoutASearchSaySo() {
        XCTAssertEqual(search("nobody").message?.kind, .error)
        XCTAssertEqual(start.after(.searchNext).0.message?.text, "还没有查找过：按 / 查找")
        guard case .normal = start.after(.openSearch, .cancel).0.mode else { return XCTFail("still searching") }
    }
}
