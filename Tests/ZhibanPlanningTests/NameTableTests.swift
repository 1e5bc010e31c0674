import XCTest
import ZhibanModel
@testable import ZhibanPlanning

/// `NameTable` keeps names as their NFC bytes under a quick hash of its own; held here to a
/// `[String: Int]` (Swift's own equality of names) over random names made of pieces that are
/// plain and pieces that are canonically equal in other bytes, thousands at a time (so the
/// table grows and its slots collide).
final class NameTableTests: XCTestCase {
    /// Pieces of names: ideographs, ASCII, and spellings that are the same name in other bytes
    /// (composed and decomposed é and Å, the Ångström sign, a compatibility ideograph beside the
    /// one it stands for, combining marks in either order, Hangul as a syllable and as jamo).
    private let pieces = [
        "王", "伟", "志愿者", "1", "2", "a", " ", "·", "é", "e\u{301}", "Å", "\u{212B}", "A\u{30A}", "豈", "\u{8C48}",
        "a\u{301}\u{323}", "a\u{323}\u{301}", "가", "\u{1100}\u{1161}", "\u{1F468}\u{200D}\u{1F469}", "１", "",
    ]

    func testFindsWhatAStringDictionaryFinds() {
        var random = SeededGenerator(seed: 14)
        for round in 0..<20 {
            var table = NameTable<Int>()
            var reference: [String: Int] = [:]
            let names = (0..<Int.random(in: 1...3000, using: &random)).map { _ in
                (0..<Int.random(in: 1...4, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            }
            for (number, name) in names.enumerated() {
                let kept = reference[name] ?? number
                let inserted = reference[name] == nil
                reference[name] = kept
                let (value, new) = table.insert(number, for: name)
                XCTAssertEqual(value, kept, "round \(round): “\(name)”")
                XCTAssertEqual(new, inserted, "round \(round): “\(name)”")
            }
            for name in names + names.map({ $0 + "伟" }) + ["不在表里", "E\u{301}"] {
                XCTAssertEqual(table[name], reference[name], "round \(round): “\(name)”")
            }
        }
    }

    func testADictionarysEntriesAreFoundByAnySpelling() {
        let table = NameTable(["Caf\u{E9}": 1, "\u{F900}门": 2, "白班": 3])
        XCTAssertEqual(table["Cafe\u{301}"], 1)
        XCTAssertEqual(table["\u{8C48}门"], 2)
        XCTAssertEqual(table["白班"], 3)
        XCTAssertNil(table["夜班"])
        XCTAssertNil(table[""])
    }
}
