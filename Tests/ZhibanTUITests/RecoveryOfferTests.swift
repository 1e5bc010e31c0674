import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// Work left unsaved when zhiban was killed, offered back at the next start (issue 10, item 1):
/// the edits are re-applied to the roster as it is now, and what no longer applies is listed.
final class RecoveryOfferTests: XCTestCase {
    private let station = Slot(date: Fixture.day, shift: "白班", checkpoint: "1号进站口")
    private let southGate = Slot(date: Fixture.nextDay, shift: "白班", checkpoint: "天瑞城市花园南门")
    private let newDay = LocalDate(year: 2022, month: 5, day: 1)!

    /// The unsaved edit: 周杰 off 1号进站口, 徐A强 on it instead.
    private var edited: Roster { Fixture.roster.placing("徐A强", at: station, place: 0) }

    /// What a colleague saved meanwhile: a new volunteer and May's first day planned.
    private var colleagues: Roster {
        var roster = Fixture.roster
        roster.volunteers.append(Volunteer(name: "林小新", phone: "13900001111", team: "突击队"))
        roster.duties.append(Duty(date: newDay, shift: "白班", checkpoint: "1号进站口", people: ["林小新"]))
        roster.sortDuties()
        return roster
    }

    private func state(offering offer: RecoveryOffer) -> AppState { Fixture.state().offeringRecovery(offer) }

    /// A state opened on `roster` (the files as they are now).
    private func state(on roster: Roster) -> AppState { AppState(roster: roster, today: Fixture.day, language: .zh) }

    func testTheOfferAsksWithoutASaveFirstAnswer() {
        let offered = state(offering: RecoveryOffer(edited: edited, base: Fixture.roster, current: Fixture.roster))
        XCTAssertEqual(offered.keyContext, .confirm([.yes, .no]))
        XCTAssertTrue(RootView.render(offered).text.contains("上次退出时有未保存的修改，已另存下来"))
    }

    func testYesRestoresTheWorkAsAnUnsavedUndoableEdit() {
        let offer = RecoveryOffer(edited: edited, base: Fixture.roster, current: Fixture.roster)
        XCTAssertEqual(offer.basis, .unchanged)
        let (restored, effects) = state(offering: offer).after(.answer(.yes))
        XCTAssertEqual(effects, [])
        XCTAssertEqual(restored.roster, edited)
        XCTAssertTrue(restored.isDirty)
        XCTAssertEqual(restored.after(.undo).0.roster, Fixture.roster)
    }

    func testNoDiscardsTheWork() {
        let (declined, effects) = state(offering: RecoveryOffer(edited: edited, base: Fixture.roster, current: Fixture.roster))
            .after(.answer(.no))
        XCTAssertEqual(effects, [.discardRecovery])
        XCTAssertEqual(declined.roster, Fixture.roster)
        XCTAssertFalse(declined.isDirty)
    }

    func testTheEditsAreAppliedToWhatAColleagueSavedMeanwhile() {
        let current = colleagues
        let offer = RecoveryOffer(edited: edited, base: Fixture.roster, current: current)
        XCTAssertEqual(offer.basis, .changedSince)
        XCTAssertEqual(offer.changes, 1)
        XCTAssertEqual(offer.notApplied, [])
        let (restored, _) = state(on: current).offeringRecovery(offer).after(.answer(.yes))
        XCTAssertEqual(restored.roster.volunteer(named: "林小新")?.phone, "13900001111", "the colleague's volunteer stays")
        XCTAssertEqual(restored.roster.duty(at: Slot(date: newDay, shift: "白班", checkpoint: "1号进站口"))?.people, ["林小新"])
        XCTAssertEqual(restored.roster.duty(at: station)?.people, ["徐A强"], "the unsaved edit is applied")
        XCTAssertTrue(restored.isDirty)
        XCTAssertEqual(restored.message?.text, "已把上次未保存的 1 处修改应用到现在的文件上")
        XCTAssertEqual(restored.after(.undo).0.roster, current, "one undoable step back to the files as they are")
    }

    func testASlotTheColleagueChangedTooOrADeletedPersonIsListedAndTheirVersionKept() {
        var edits = edited.placing("张伟", at: southGate, place: 1)  // 李强 → 张伟
        edits.volunteers[edits.volunteers.firstIndex { $0.name == "吴敏" }!].phone = "13800000000"
        var current = Fixture.roster.placing("李强", at: station, place: 0)  // the colleague changed the same place
        current.volunteers.removeAll { $0.name == "吴敏" }  // and deleted the volunteer edited
        current.volunteers.removeAll { $0.name == "张伟" }  // and the person the edit put on the south gate
        let offer = RecoveryOffer(edited: edits, base: Fixture.roster, current: current)
        XCTAssertEqual(offer.basis, .changedSince)
        XCTAssertEqual(offer.changes, 0)
        XCTAssertEqual(offer.notApplied.map(\.zh), [
            "志愿者 吴敏：别人已删除，你的修改没有应用",
            "值班 \(station)：你和别人都改过，保留了别人的版本",
            "值班 \(southGate)：张伟 已被别人删除，没有安排",
        ])
        let offered = state(on: current).offeringRecovery(offer)
        let screen = RootView.render(offered).text
        XCTAssertTrue(screen.contains("这些已不适用"), screen)
        XCTAssertTrue(screen.contains("你和别人都改过，保留了别人的版本"), screen)
        XCTAssertTrue(screen.contains("y 把其中 0 处用到现在的文件上（3 处不适用，见上），n 丢弃"), screen)
        let (restored, _) = offered.after(.answer(.yes))
        XCTAssertEqual(restored.roster, current, "nothing the colleague did is overwritten")
        XCTAssertEqual(restored.message?.kind, .error)
    }

    func testWorkAlreadySavedOffersNothing() {
        XCTAssertTrue(RecoveryOffer(edited: edited, base: Fixture.roster, current: edited).isEmpty)
        XCTAssertTrue(RecoveryOffer(edited: Fixture.roster, base: Fixture.roster, current: colleagues).isEmpty)
    }

    func testWorkKeptWithoutItsBaseMakesTheNextSaveAskAsAConflictDoes() {
        let current = colleagues
        let offer = RecoveryOffer(edited: edited, base: nil, current: current)
        XCTAssertEqual(offer.basis, .unknown)
        let offered = state(on: current).offeringRecovery(offer)
        XCTAssertTrue(RootView.render(offered).text.contains("旧版存下的，文件之后可能被改过"))
        let (restored, _) = offered.after(.answer(.yes))
        XCTAssertEqual(restored.roster, edited)
        let (asked, effects) = restored.after(.save)
        XCTAssertEqual(effects, [], "nothing is saved over files that may have changed")
        XCTAssertEqual(asked.keyContext, .confirm([.saveAs, .reload, .no]))
        let (reloaded, _) = asked.after(.answer(.reload)).0.after(.reloadFinished(roster: current, error: nil))
        XCTAssertEqual(reloaded.after(.save).1, [.save(current, revision: reloaded.revision)], "after loading the files, saves go ahead")
    }

    func testAFailedRecoveryWriteIsShownInRed() {
        let (state, _) = Fixture.state().after(.keepingUnsavedWorkFailed("无法创建 r/.zhiban-recovery：No space left on device"))
        XCTAssertEqual(state.message?.kind, .error)
        XCTAssertTrue(state.message?.text.contains("未保存的修改没能存入恢复文件夹，断线会丢失，请尽快 Ctrl-S 保存：无法创建 r/.zhiban-recovery：No space left on device") ?? false)
        let english = Fixture.state(language: .en).after(.keepingUnsavedWorkFailed("full")).0
        XCTAssertTrue(english.message?.text.contains("Unsaved changes not kept for recovery; save soon with Ctrl-S: full") ?? false)
    }
}
