import XCTest
import ZhibanModel
@testable import ZhibanTUI

final class KeyMapTests: XCTestCase {
    func testEveryContextHasNoKeyBoundTwice() {
        let contexts: [KeyContext] = ViewKind.allCases.map { .view($0) }
            + [.commandLine, .textPrompt, .pickList, .form, .confirm([.yes, .no, .saveFirst]), .help, .printPreview, .replanPreview, .tooSmall]
        for context in contexts {
            var seen: Set<Key> = []
            for key in KeyMap.bindings(for: context).flatMap(\.keys) {
                XCTAssertFalse(seen.contains(key), "\(key.label) bound twice in \(context)")
                seen.insert(key)
            }
        }
    }

    func testEveryViewCanBeLeftHelpedAndQuit() {
        for view in ViewKind.allCases {
            let actions = KeyMap.bindings(for: .view(view)).map(\.action)
            XCTAssertTrue(actions.contains(.openHelp), "\(view)")
            XCTAssertTrue(actions.contains(.quit), "\(view)")
            XCTAssertTrue(ViewKind.allCases.allSatisfy { actions.contains(.show($0)) }, "\(view)")
        }
    }

    func testTheServedKeysAreOnTheDayBoardOnly() {
        let keys: [(Character, ServedAction)] = [("S", .served), ("A", .absent), ("R", .replaced), ("T", .times), ("E", .extra),
                                                 ("H", .note), ("C", .closeDay)]
        for (key, served) in keys {
            XCTAssertEqual(KeyMap.action(for: .character(key), in: .view(.day)), .record(served), "\(key)")
            XCTAssertNotEqual(KeyMap.action(for: .character(key), in: .view(.period)), .record(served), "\(key)")
        }
        let help = KeyMap.bindings(for: .view(.day)).filter { if case .record = $0.action { return true } else { return false } }
        XCTAssertEqual(help.count, keys.count)
        XCTAssertTrue(help.allSatisfy { !$0.help(.zh).isEmpty && !$0.help(.en).isEmpty && $0.help(.zh) != $0.help(.en) })
        XCTAssertEqual(help.filter(\.inFooter).count, 4, "S, A, R and C in the footer (today and past days) when there is room")
    }

    /// The footer's last line: the served keys right after [ and ] on today, none on a day to come.
    func testTheFooterOffersTheServedKeysOnlyWhereTheyWork() {
        func footer(_ state: AppState) -> String { RootView.render(state).text.components(separatedBy: "\n").last { !$0.isEmpty } ?? "" }
        let today = Fixture.state()
        XCTAssertTrue(footer(today).hasPrefix(" [ 前一天  ] 后一天  S 到岗  A 缺岗  R 替班  C 确认当天  Enter 排人"), footer(today))
        let tomorrow = today.after(.nextDay).0
        XCTAssertFalse(footer(tomorrow).contains("S 到岗"), footer(tomorrow))
        XCTAssertTrue(footer(tomorrow).contains("s 交换/移动（先标记）"), footer(tomorrow))
        XCTAssertFalse(footer(today.after(.show(.period)).0).contains("S 到岗"))
    }

    func testTextContextsTypeUnboundCharactersAndViewsDoNot() {
        XCTAssertEqual(KeyMap.action(for: .character("王"), in: .commandLine), .text(.insert("王")))
        XCTAssertEqual(KeyMap.action(for: .character("j"), in: .pickList), .text(.insert("j")))
        XCTAssertEqual(KeyMap.action(for: .character("j"), in: .view(.day)), .moveDown)
        XCTAssertNil(KeyMap.action(for: .character("王"), in: .view(.day)))
        XCTAssertEqual(KeyMap.action(for: .resize(width: 80, height: 20), in: .confirm([.yes, .no])), .resize(width: 80, height: 20))
    }

    func testLabelsAreWhatTheFooterShows() {
        XCTAssertEqual(Key.control("s").label, "Ctrl-S")
        XCTAssertEqual(Key.character(" ").label, "Space")
        XCTAssertEqual(Key.pageDown.label, "PgDn")
        XCTAssertEqual(KeyBinding([.up, .character("k")], .moveUp, Localized("上", "up")).keyLabel, "↑ k")
    }
}
