import XCTest
import ZhibanModel
@testable import ZhibanPlanning

/// `NameRanks` puts numbers for names so that records sort by numbers; held here to sorting the
/// names themselves with `String`'s `<` and `==`, over random names with plain pieces and
/// spellings canonically equal in other bytes.
final class NameRanksTests: XCTestCase {
    private let pieces = ["王", "伟", "李", "志愿者", "1", "a", "B", " ", "东门", "豈", "\u{F900}", "é", "e\u{301}", "Å", "\u{212B}", "·", ""]

    func testRanksOrderAsTheNamesDo() {
        var random = SeededGenerator(seed: 15)
        for round in 0..<20 {
            let names = (0..<Int.random(in: 1...2000, using: &random)).map { _ in
                (0..<Int.random(in: 0...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            }
            let ranks = NameRanks.of(names)
            XCTAssertEqual(ranks.count, names.count)
            for _ in 0..<2000 {
                let (i, j) = (Int.random(in: names.indices, using: &random), Int.random(in: names.indices, using: &random))
                XCTAssertEqual(ranks[i] == ranks[j], names[i] == names[j], "round \(round): “\(names[i])” “\(names[j])”")
                // Where String's own `<` decides (one of the two before the other), the ranks agree.
                if names[i] < names[j] || names[j] < names[i] {
                    XCTAssertEqual(ranks[i] < ranks[j], names[i] < names[j], "round \(round): “\(names[i])” “\(names[j])”")
                }
            }
            XCTAssertEqual(Set(ranks).count, Set(names).count, "round \(round): one rank for each distinct name")
            XCTAssertEqual(ranks.max().map { $0 + 1 }, Set(names).count, "round \(round): ranks without gaps")
        }
    }

    /// Where `String`'s `<` is no order (a decomposed accent against a composed one), the ranks
    /// still are one: by the NFC form.
    func testDecomposedAccentsAreOrderedByTheirNFCForm() {
        let ranks = NameRanks.of(["e\u{301}1", "\u{E9}", "e\u{301}", "\u{E9}1", "f"])
        XCTAssertEqual(ranks, [2, 1, 1, 2, 0])
    }

    func testNoNames() {
        XCTAssertEqual(NameRanks.of([]), [])
    }

    /// Slots sorted by their keys are in `Slot`'s own order, equal slots kept as they came.
    func testSlotOrderIsTheOrderOfSlots() {
        var random = SeededGenerator(seed: 16)
        let names = ["南门", "北门", "东门", "e\u{301}", "\u{E9}", "a"]
        let shifts = ["白班", "夜班", "早班"]
        let first = LocalDate(year: 2022, month: 4, day: 1)!
        for round in 0..<10 {
            let slots = (0..<Int.random(in: 0...500, using: &random)).map { _ in
                Slot(date: first.adding(days: Int.random(in: 0...5, using: &random)),
                     shift: shifts.randomElement(using: &random)!, checkpoint: names.randomElement(using: &random)!)
            }
            let order = NameRanks.slotOrder(of: slots)
            XCTAssertEqual(order.sorted(), Array(slots.indices), "round \(round): each slot once")
            for (a, b) in zip(order, order.dropFirst()) {
                XCTAssertFalse(slots[b] < slots[a], "round \(round): \(slots[b]) after \(slots[a])")
                if slots[a] == slots[b] { XCTAssertLessThan(a, b, "round \(round): equal slots as they came") }
            }
        }
    }
}

