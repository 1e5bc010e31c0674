import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// The served record on screen: each outcome's symbol on the day board (colour too, but never
/// colour alone), and the stats view's served and unconfirmed hours beside the planned ones.
final class ServedScreenTests: XCTestCase {
    private func event(_ shift: String, _ checkpoint: String, _ person: String, _ kind: ServedEventKind,
                       substitute: String = "", time: String? = nil) -> ServedEvent {
        ServedEvent(recordedAt: "2022-04-07 21:00:00", recordedBy: "王书记", date: Fixture.day, shift: shift, checkpoint: checkpoint,
                    person: person, kind: kind, substitute: substitute, time: time.flatMap(ClockTime.init(parsing:)))
    }

    /// 王中理 到岗, 李强 缺岗, 张伟 替班 by 刘芳芳, 陈明 迟到, 黄丽娟 加班 at 春谷; 赵刚 and 周杰 nothing yet.
    private var state: AppState {
        let record = ServedRecord([
            event("白班", "天瑞城市花园南门", "王中理", .served), event("白班", "天瑞城市花园南门", "李强", .absent),
            event("夜班", "天瑞城市花园南门", "张伟", .replaced, substitute: "刘芳芳"), event("白班", "春谷新村南门", "陈明", .arrived, time: "09:30"),
            event("白班", "春谷新村南门", "黄丽娟", .extra),
        ])
        return Fixture.state().after(.servedLoaded(record: record, error: nil)).0
    }

    func testEachOutcomeHasItsSymbolOnTheBoard() {
        let screen = RootView.render(state)
        assertScreen(screen, matches: "day-board-served-100x30")
        let text = screen.text
        for mark in ["王中理*^✓", "李强*✗", "张伟>刘芳芳", "陈明*^~", "黄丽娟✚"] { XCTAssertTrue(text.contains(mark), mark) }
        XCTAssertTrue(text.contains("赵刚*^ ") || text.contains("+赵刚*^ "), "nothing recorded, day open: no mark")
    }

    func testEachOutcomeHasItsColour() {
        let screen = RootView.render(state.after(.moveDown).0)  // the cursor off 王中理
        func role(of name: String) -> StyleRole? {
            for row in 0..<screen.height {
                let line = screen.rowText(row)
                guard line.contains(name) else { continue }
                let first = name.first!
                if let column = (0..<screen.width).first(where: { screen[$0, row].character == first && !screen[$0, row].isContinuation }) {
                    return screen[column, row].style.role
                }
            }
            return nil
        }
        XCTAssertEqual(role(of: "王中理"), .served)
        XCTAssertEqual(role(of: "张伟"), .substituted)
        XCTAssertEqual(role(of: "黄丽娟"), .served)
    }

    func testStatsShowServedAndUnconfirmedHoursBesidePlanned() {
        assertScreen(RootView.render(state.after(.show(.stats)).0), matches: "stats-people-served-100x30")
        assertScreen(RootView.render(Fixture.state().after(.show(.stats)).0), matches: "stats-people-100x30")
    }
}
