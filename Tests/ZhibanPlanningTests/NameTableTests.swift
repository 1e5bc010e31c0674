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

    /// Pieces names are made of: plain ones, and ones that are not plainly in NFC, some
    /// canonically equal to plain ones (U+F900 is 豈 U+8C48; `e` + U+0301 is `é`).
    private let plainPieces = ["王", "伟", "李", "强", "志愿者", "1", "2", "A", "b", " ", "东门", "豈", "é"]
    private let otherPieces = ["\u{F900}", "e\u{301}", "·", "Å", "\u{212B}", "王\u{302A}"]

    /// Through `set` and the `default:` subscript, as the indexes fill their tables.
    func testSetAndDefaultFindWhatADictionaryFinds() {
        for (seed, withOthers) in [(1, false), (2, false), (3, true), (4, true)] {
            var generator = SeededGenerator(seed: UInt64(seed))
            let pieces = plainPieces + (withOthers ? otherPieces : [])
            func name() -> String {
                (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            var table = NameTable<Int>()
            var expected: [String: Int] = [:]
            for step in 0..<3000 {
                let key = name()
                if Bool.random(using: &generator) {
                    table.set(step, for: key)
                    expected[key] = step
                } else {
                    table[key, default: 0] += 1
                    expected[key, default: 0] += 1
                }
                let probe = name()
                XCTAssertEqual(table[probe], expected[probe], "seed \(seed): “\(probe)”")
            }
            XCTAssertEqual(table.count, expected.count, "seed \(seed)")
            for key in expected.keys { XCTAssertEqual(table[key], expected[key], "seed \(seed): “\(key)”") }
        }
    }

    func testAPlainNameFindsTheCanonicallyEqualNameAddedFirst() {
        var table = NameTable<Int>()
        table.set(1, for: "\u{F900}门")
        table.set(2, for: "e\u{301}")
        XCTAssertEqual(table["\u{8C48}门"], 1)
        XCTAssertEqual(table["é"], 2)
        table.set(3, for: "\u{8C48}门")
        XCTAssertEqual(table["\u{F900}门"], 3)
        XCTAssertEqual(table.count, 2)
        XCTAssertNil(table["南门"])
    }

    func testManyPlainNamesGrowTheTable() {
        var table = NameTable<Int>()
        for number in 0..<20_000 { table.set(number, for: "志愿者\(number)") }
        XCTAssertEqual(table.count, 20_000)
        XCTAssertEqual(table["志愿者0"], 0)
        XCTAssertEqual(table["志愿者19999"], 19_999)
        XCTAssertNil(table["志愿者20000"])
    }
}
