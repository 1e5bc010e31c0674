import XCTest
import ZhibanModel
import ZhibanPlanning

/// The changes a plan makes, as the re-plan preview and `rotate` list them: gate by gate, each in
/// the order of the day (by when each shift starts), a removal and an addition of one person on a date as a move.
final class DutyChangeTests: XCTestCase {
    private typealias B = RosterBuilder
    private let shifts = [B.shift("中班", "16:00", "24:00"), B.shift("早班", "08:00", "16:00"), B.shift("夜班", "00:00", "08:00")]

    func testChangesFollowTheDayNotTheShiftsNames() {
        let new = [B.duty("2022-04-02", "夜班", "南门", ["丁"]),
                   B.duty("2022-04-01", "中班", "南门", ["甲"]), B.duty("2022-04-01", "夜班", "南门", ["乙"]),
                   B.duty("2022-04-01", "早班", "北门", ["丙"]), B.duty("2022-04-01", "早班", "南门", ["戊"])]
        let listed = DutyChange.between(old: [], new: new, shifts: shifts).map { "\($0.slot.date) \($0.slot.shift) \($0.slot.checkpoint) \($0.person)" }
        // By name the order would be 中班, 夜班, 早班 (U+4E2D, U+591C, U+65E9): not how a day reads.
        XCTAssertEqual(listed, ["2022-04-01 早班 北门 丙", "2022-04-01 夜班 南门 乙", "2022-04-01 早班 南门 戊",
                                "2022-04-01 中班 南门 甲", "2022-04-02 夜班 南门 丁"])
    }

    func testARemovalAndAnAdditionOnOneDateAreAMove() {
        let old = [B.duty("2022-04-01", "中班", "南门", ["甲", "乙"])]
        let new = [B.duty("2022-04-01", "中班", "南门", ["乙"]), B.duty("2022-04-01", "早班", "南门", ["甲"]),
                   B.duty("2022-04-01", "夜班", "南门", ["丙"])]
        let changes = DutyChange.between(old: old, new: new, shifts: shifts)
        XCTAssertEqual(changes.map(\.kind), [.added, .moved])
        XCTAssertEqual(changes.last?.from?.shift, "中班")
        XCTAssertEqual(changes.last?.slot.shift, "早班")
    }

    /// A name spelt in other bytes but the same (Zoë with a combining diaeresis) is no change;
    /// a person on a shift twice is listed once.
    func testTheSameNameInOtherBytesIsNoChange() {
        let old = [B.duty("2022-04-01", "早班", "南门", ["Zoe\u{308}", "甲"])]
        let new = [B.duty("2022-04-01", "早班", "南门", ["Zo\u{EB}", "甲", "甲"])]
        XCTAssertEqual(DutyChange.between(old: old, new: new, shifts: shifts), [])
        let added = DutyChange.between(old: [], new: new, shifts: shifts)
        XCTAssertEqual(added.map(\.person), ["Zo\u{EB}", "甲"])
    }

    /// Random old and new duties: the changes take the old (slot, person) pairs to the new ones,
    /// each pair once, moves only within one person's date, in the order of the day.
    func testChangesTakeTheOldDutiesToTheNewOnes() {
        var random = SeededGenerator(seed: 16)
        let gates = ["南门", "北门", "东门"], people = ["甲", "乙", "丙", "丁", "戊"], names = shifts.map(\.name)
        func duties() -> [Duty] {
            (0..<Int.random(in: 0...12, using: &random)).map { _ in
                B.duty("2022-04-0\(Int.random(in: 1...3, using: &random))", names.randomElement(using: &random)!, gates.randomElement(using: &random)!,
                       (0..<Int.random(in: 1...3, using: &random)).map { _ in people.randomElement(using: &random)! })
            }
        }
        func pairs(_ duties: [Duty]) -> Set<String> { Set(duties.flatMap { d in d.people.map { "\(d.slot) \($0)" } }) }
        for round in 0..<300 {
            let (old, new) = (duties(), duties())
            let changes = DutyChange.between(old: old, new: new, shifts: shifts)
            var state = pairs(old)
            for change in changes {
                switch change.kind {
                case .added: XCTAssertTrue(state.insert("\(change.slot) \(change.person)").inserted, "round \(round)")
                case .removed: XCTAssertNotNil(state.remove("\(change.slot) \(change.person)"), "round \(round)")
                case .moved:
                    XCTAssertEqual(change.from?.date, change.slot.date, "round \(round)")
                    XCTAssertNotNil(state.remove("\(change.from!) \(change.person)"), "round \(round)")
                    XCTAssertTrue(state.insert("\(change.slot) \(change.person)").inserted, "round \(round)")
                }
            }
            XCTAssertEqual(state, pairs(new), "round \(round)")
            let start = Dictionary(uniqueKeysWithValues: shifts.map { ($0.name, $0.start.minutes) })
            let keys = changes.map { ($0.slot.date.dayNumber, $0.slot.checkpoint, start[$0.slot.shift]!, $0.person) }
            XCTAssertTrue(zip(keys, keys.dropFirst()).allSatisfy { $0 <= $1 }, "round \(round): in the order of the day")
        }
    }
}
