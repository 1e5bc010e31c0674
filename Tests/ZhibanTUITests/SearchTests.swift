import XCTest
import ZhibanModel
@testable import ZhibanTUI

final class SearchTests: XCTestCase {
    private let start = Fixture.state()

    private func search(_ query: String, from state: AppState? = nil) -> AppState {
        (state ?? start).after(.openSearch).0.typing(query).after(.submit).0
    }

    func testSearchJumpsToThePersonByNameOrPinyin() {
        XCTAssertEqual(search("李强").day.cursor, BoardCursor(row: 0, column: 0, place: 1))
        XCTAssertEqual(search("zw").day.cursor, BoardCursor(row: 0, column: 1, place: 0))
        XCTAssertEqual(search("zw").message?.text, "查找 zw：4月7日 第 1/1 处")
    }

    func testSearchFindsACheckpointByName() {
        XCTAssertEqual(search("春谷").day.cursor.row, 1)
    }

    func testNextAndPreviousWrapAround() {
        let found = search("组长")  // 王中理, 陈明, 周杰: the leaders
        XCTAssertEqual(found.day.cursor, BoardCursor(row: 1, column: 0, place: 0), "the first match after the cursor")
        XCTAssertEqual(found.after(.searchNext).0.day.cursor, BoardCursor(row: 2, column: 0, place: 0))
        XCTAssertEqual(found.after(.searchNext, .searchNext).0.day.cursor, BoardCursor(row: 0, column: 0, place: 0))
        XCTAssertEqual(found.after(.searchPrevious).0.day.cursor, BoardCursor(row: 0, column: 0, place: 0))
    }

    func testMissesAndRepeatsWithoutASearchSaySo() {
        XCTAssertEqual(search("nobody").message?.kind, .error)
        XCTAssertEqual(start.after(.searchNext).0.message?.text, "还没有查找过：按 / 查找")
        guard case .normal = start.after(.openSearch, .cancel).0.mode else { return XCTFail("still searching") }
    }

    func testCheckpointsAreFoundByPinyinAndInitialsToo() {
        XCTAssertEqual(search("cgxc").day.cursor.row, 1, "春谷新村南门 by its initials")
        XCTAssertEqual(search("chungu").day.cursor.row, 1, "and by its pinyin")
        let posts = start.after(.show(.checkpoints), .openFilter).0.typing("trcs")
        XCTAssertEqual(posts.table(.checkpoints).order.map { posts.roster.checkpoints[$0].name }, ["天瑞城市花园南门"])
    }

    func testAPersonIsFoundOnTheNextDayTheyServeWhenTheDayShownHasNoMore() {
        let found = search("刘芳芳")  // on duty on 4月8日 only
        XCTAssertEqual(found.date, Fixture.nextDay)
        XCTAssertEqual(found.dayBoard.cell(at: found.day.cursor)?.places[found.day.cursor.place].person, "刘芳芳")
        XCTAssertEqual(found.message?.text, "查找 刘芳芳：4月8日 第 1/1 处")
    }

    func testFindListsAPersonsNextDutiesAcrossDatesAndNGoesThroughThem() {
        let found = start.after(.openCommandLine).0.typing("find lq").after(.submit).0
        XCTAssertEqual(found.message?.text,
                       "共 3 次（n 下一个）：李强 4月7日 白班 天瑞城市花园南门；李强 4月7日 夜班 春谷新村南门；李强 4月8日 白班 天瑞城市花园南门")
        XCTAssertEqual(found.dayBoard.cell(at: found.day.cursor)?.places[found.day.cursor.place].person, "李强")
        let third = found.after(.searchNext, .searchNext).0
        XCTAssertEqual(third.date, Fixture.nextDay)
        XCTAssertEqual(third.dayBoard.cell(at: third.day.cursor)?.places[third.day.cursor.place].person, "李强")
        XCTAssertEqual(start.after(.openCommandLine).0.typing("find 无此人").after(.submit).0.message?.text, "从今天起没有 无此人 的值班")
    }
}
