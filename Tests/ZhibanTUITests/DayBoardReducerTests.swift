import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// The day board's moving and editing actions, one test per action.
final class DayBoardReducerTests: XCTestCase {
    private let start = Fixture.state()

    private func slot(_ checkpoint: String, _ shift: String, _ date: LocalDate = Fixture.day) -> Slot {
        Slot(date: date, shift: shift, checkpoint: checkpoint)
    }

    func testTheCursorStartsOnTheFirstPlaceOfTheFirstCheckpoint() {
        XCTAssertEqual(start.day.cursor, BoardCursor(row: 0, column: 0, place: 0))
        XCTAssertEqual(start.placeUnderCursor, PlaceMark(slot: slot("天瑞城市花园南门", "白班"), place: 0))
    }

    func testMoveRightWalksThroughPlacesThenCellsAndStopsAtTheEnd() {
        let steps = (1...5).reductions(start) { state, _ in state.after(.moveRight).0 }.map(\.day.cursor)
        XCTAssertEqual(steps, [
            BoardCursor(row: 0, column: 0, place: 0), BoardCursor(row: 0, column: 0, place: 1),
            BoardCursor(row: 0, column: 1, place: 0), BoardCursor(row: 0, column: 1, place: 1),
            BoardCursor(row: 0, column: 1, place: 1), BoardCursor(row: 0, column: 1, place: 1),
        ])
    }

    func testMoveLeftWalksBackToTheLastPlaceOfTheCellBefore() {
        let state = start.after(.moveRight, .moveRight, .moveLeft).0
        XCTAssertEqual(state.day.cursor, BoardCursor(row: 0, column: 0, place: 1))
        XCTAssertEqual(start.after(.moveLeft).0.day.cursor, start.day.cursor)
    }

    func testMoveDownKeepsTheColumnWhereTheRowUsesItAndFindsTheNearestOtherwise() {
        let night = start.after(.moveRight, .moveRight, .moveRight, .moveDown).0
        XCTAssertEqual(night.day.cursor, BoardCursor(row: 1, column: 1, place: 1))
        let station = night.after(.moveDown).0
        XCTAssertEqual(station.day.cursor, BoardCursor(row: 2, column: 0, place: 0))
        XCTAssertEqual(station.after(.moveUp).0.day.cursor.row, 1)
        XCTAssertEqual(start.after(.moveUp).0.day.cursor, start.day.cursor)
    }

    func testFirstAndLastJumpToTheEndsAndPagesMoveByAScreenful() {
        XCTAssertEqual(start.after(.last).0.day.cursor.row, 3)
        XCTAssertEqual(start.after(.last, .first).0.day.cursor.row, 0)
        XCTAssertEqual(start.after(.pageDown).0.day.cursor.row, 3)
        XCTAssertEqual(start.after(.pageDown, .pageUp).0.day.cursor.row, 0)
    }

    func testScrollingKeepsTheCursorLineAndItsCompoundHeadingOnScreen() {
        var roster = Fixture.roster
        for number in 3...40 {
            var checkpoint = roster.checkpoints[3]
            checkpoint.name = "\(number)号进站口"
            roster.checkpoints.append(checkpoint)
        }
        let state = AppState(roster: roster, today: Fixture.day, language: .zh, width: 60, height: 18)
        let bottom = state.after(.last).0
        XCTAssertGreaterThan(bottom.day.scroll, 0)
        XCTAssertTrue(RootView.render(bottom).text.contains("40号进站口"))
        let top = bottom.after(.first).0
        XCTAssertEqual(top.day.scroll, 0)
        let firstStation = top.after(.moveDown, .moveDown).0
        let screen = RootView.render(firstStation.after(.last, .first, .moveDown, .moveDown).0)
        XCTAssertTrue(screen.text.contains("青岛站"))
    }

    func testDaysMoveBackAndForthAndTodayComesBack() {
        XCTAssertEqual(start.after(.nextDay).0.date, Fixture.nextDay)
        XCTAssertEqual(start.after(.previousDay).0.date, Fixture.day.adding(days: -1))
        XCTAssertEqual(start.after(.nextDay, .nextDay, .today).0.date, Fixture.day)
        XCTAssertTrue(RootView.render(start.after(.nextDay).0).text.contains("刘芳芳"))
    }

    func testAssignPlacesTheChosenPersonPinsThemAndCanBeUndone() {
        let picking = start.after(.moveRight, .moveRight, .moveRight, .assign).0
        guard case .pickList(let list) = picking.mode else { return XCTFail("no pick list") }
        XCTAssertEqual(list.slot, slot("天瑞城市花园南门", "夜班"))
        XCTAssertEqual(picking.roster.volunteers[list.candidates[0]].team, "南门值守组", "keepers first")
        let (assigned, effects) = picking.typing("wm").after(.submit)
        XCTAssertEqual(effects, [])
        let duty = assigned.roster.duty(at: slot("天瑞城市花园南门", "夜班"))
        XCTAssertEqual(duty?.people, ["张伟", "吴敏"])
        XCTAssertEqual(duty?.pinnedPeople, ["吴敏"], "the person a hand edit put there is pinned")
        XCTAssertEqual(duty?.pinned, false, "not the shift: its other places stay the planner's")
        XCTAssertTrue(assigned.isDirty)
        XCTAssertEqual(assigned.message?.text, "排班：吴敏 → 4月7日 夜班 天瑞城市花园南门")
        let undone = assigned.after(.undo).0
        XCTAssertEqual(undone.roster, Fixture.roster)
        XCTAssertFalse(undone.isDirty)
        XCTAssertEqual(undone.after(.redo).0.roster, assigned.roster)
    }

    func testAssignOnAnOccupiedPlaceReplacesThePerson() {
        let state = start.after(.assign).0.typing("zw").after(.submit, .answer(.yes)).0
        XCTAssertEqual(state.roster.duty(at: slot("天瑞城市花园南门", "白班"))?.people, ["张伟", "李强"])
    }

    func testThePickListLeavesOutWhoIsAlreadyThereAndCanBeCancelled() {
        let picking = start.after(.assign).0
        guard case .pickList(let list) = picking.mode else { return XCTFail("no pick list") }
        let names = list.candidates.map { picking.roster.volunteers[$0].name }
        XCTAssertFalse(names.contains("王中理"))
        XCTAssertFalse(names.contains("李强"))
        XCTAssertEqual(names.first, "刘芳芳", "free keepers first: 张伟 would have no rest before his night shift")
        XCTAssertEqual(names.count, Fixture.roster.volunteers.count - 2)
        let cancelled = picking.after(.cancel).0
        XCTAssertEqual(cancelled.roster, Fixture.roster)
        guard case .normal = cancelled.mode else { return XCTFail("still picking") }
    }

    func testThePickListScrollsOnlyWhenTheSelectionLeavesTheRowsOnScreen() {
        // At 60×18 the pick list draws 8 candidates (of 9): the 8th is still on screen with the first.
        var picking = Fixture.state(width: 60, height: 18).after(.assign).0
        for _ in 0..<7 { picking = picking.after(.moveDown).0 }
        guard case .pickList(let list) = picking.mode else { return XCTFail("no pick list") }
        XCTAssertEqual(list.candidates.count, 9)
        XCTAssertEqual(list.selection, 7)
        XCTAssertEqual(list.scroll, 0, "scrolled while the selection was still on screen")
        let screen = RootView.render(picking)
        XCTAssertTrue(screen.rowText(4).contains(picking.roster.volunteers[list.candidates[0]].name))
        XCTAssertEqual(picking.after(.moveDown).0.pickListScroll, 1)
    }

    func testThePickListSelectionMovesAndNoMatchAssignsNobody() {
        let picking = start.after(.assign, .nextField, .nextField, .previousField).0
        guard case .pickList(let list) = picking.mode else { return XCTFail("no pick list") }
        XCTAssertEqual(list.selection, 1)
        let chosen = picking.after(.submit, .answer(.yes)).0
        XCTAssertEqual(chosen.roster.duty(at: slot("天瑞城市花园南门", "白班"))?.people[0], "张伟")
        let nobody = start.after(.assign).0.typing("xyzxyz").after(.submit).0
        XCTAssertEqual(nobody.roster, Fixture.roster)
        XCTAssertEqual(nobody.message?.kind, .error)
    }

    func testUnassignTakesThePersonOffAndRemovesADutyLeftEmpty() {
        let once = start.after(.unassign).0
        XCTAssertEqual(once.roster.duty(at: slot("天瑞城市花园南门", "白班"))?.people, ["李强"])
        let station = start.after(.moveDown, .moveDown, .unassign).0
        XCTAssertNil(station.roster.duty(at: slot("1号进站口", "白班")))
        let empty = start.after(.last, .unassign).0
        XCTAssertEqual(empty.message?.kind, .error)
        XCTAssertFalse(empty.isDirty)
    }

    func testSwapExchangesTwoPeopleAcrossCheckpointsAndPinsBoth() {
        let state = start.after(.swapOrMove, .moveDown, .swapOrMove, .answer(.yes)).0
        XCTAssertEqual(state.roster.duty(at: slot("天瑞城市花园南门", "白班"))?.people, ["陈明", "李强"])
        let other = state.roster.duty(at: slot("春谷新村南门", "白班"))
        XCTAssertEqual(other?.people, ["王中理", "赵刚"])
        XCTAssertEqual(other?.pinnedPeople, ["王中理"])
        XCTAssertEqual(other?.pinned, false)
        XCTAssertNil(state.day.mark)
        XCTAssertEqual(state.message?.text, "交换 王中理 和 陈明（违反规则，已标 !）")
    }

    func testSwapWithAnEmptyPlaceMovesThePersonAcrossDays() {
        let marked = start.after(.moveDown, .moveDown, .swapOrMove).0
        XCTAssertEqual(marked.day.mark, PlaceMark(slot: slot("1号进站口", "白班"), place: 0))
        XCTAssertTrue(RootView.render(marked).text.contains(">周杰"))
        let moved = marked.after(.nextDay, .swapOrMove).0
        XCTAssertNil(moved.roster.duty(at: slot("1号进站口", "白班")))
        XCTAssertEqual(moved.roster.duty(at: slot("1号进站口", "白班", Fixture.nextDay))?.people, ["周杰"])
    }

    func testSwapWithinOneCellReordersAndMarkingTheSamePlaceTwiceClearsIt() {
        let reordered = start.after(.swapOrMove, .moveRight, .swapOrMove).0
        XCTAssertEqual(reordered.roster.duty(at: slot("天瑞城市花园南门", "白班"))?.people, ["李强", "王中理"])
        let cleared = start.after(.swapOrMove, .swapOrMove).0
        XCTAssertNil(cleared.day.mark)
        XCTAssertFalse(cleared.isDirty)
        let escaped = start.after(.swapOrMove, .cancel).0
        XCTAssertNil(escaped.day.mark)
    }

    func testSwappingTwoEmptyPlacesIsRefused() {
        let state = start.after(.moveRight, .moveRight, .moveRight, .swapOrMove, .last, .swapOrMove).0
        XCTAssertEqual(state.message?.kind, .error)
        XCTAssertFalse(state.isDirty)
    }

    func testTogglePinPinsAndUnpinsAndRefusesAnEmptySlot() {
        let unpinned = start.after(.togglePin).0
        XCTAssertEqual(unpinned.roster.duty(at: slot("天瑞城市花园南门", "白班"))?.pinned, false)
        XCTAssertEqual(unpinned.after(.togglePin).0.roster.duty(at: slot("天瑞城市花园南门", "白班"))?.pinned, true)
        XCTAssertEqual(start.after(.last, .togglePin).0.message?.kind, .error)
    }

    func testReadOnlyRefusesEveryEditAndTheSave() {
        let readOnly = Fixture.state(readOnly: true)
        for action in [Action.assign, .unassign, .swapOrMove, .togglePin] {
            let (state, effects) = readOnly.after(action)
            XCTAssertEqual(state.roster, Fixture.roster, "\(action)")
            XCTAssertEqual(state.message?.kind, .error, "\(action)")
            XCTAssertEqual(effects, [])
        }
        XCTAssertEqual(readOnly.after(.save).1, [])
        XCTAssertTrue(RootView.render(readOnly).text.contains("[只读]"))
    }

    func testShowAndPanesSwitchViews() {
        XCTAssertEqual(start.after(.show(.people)).0.view, .people)
        XCTAssertEqual(start.after(.nextPane).0.view, .period)
        XCTAssertEqual(start.after(.previousPane).0.view, .stats)
    }
}

extension ClosedRange where Bound == Int {
    /// The running results of folding `next` over the range, starting with `initial`.
    func reductions<T>(_ initial: T, _ next: (T, Int) -> T) -> [T] {
        var results = [initial]
        for value in self { results.append(next(results.last!, value)) }
        return results
    }
}

private extension AppState {
    /// The pick list's first row shown, when one is open.
    var pickListScroll: Int? {
        guard case .pickList(let list) = mode else { return nil }
        return list.scroll
    }
}
