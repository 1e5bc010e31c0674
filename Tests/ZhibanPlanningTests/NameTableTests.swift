import XCTest
import ZhibanModel
import ZhibanPlanning

/// `NameTable` finds a name exactly where a `[String: Value]` dictionary does: held to one over
/// random names, plain ones (its own table) and others (decomposed letters, compatibility
/// ideographs, `·`), which must also find plain names they equal.
final class NameTableTests: XCTestCase {
    /// Pieces names are made of: plain ones, and ones that are not plainly in NFC, some
    /// canonically equal to plain ones (U+F900 is 豈 U+8C48; `e` + U+0301 is `é`).
    private let plainPieces = ["王", "伟", "李", "强", "志愿者", "1", "2", "A", "b", " ", "东门", "豈", "é"]
    private let otherPieces = ["\u{F900}", "e\u{301}", "·", "Å", "\u{212B}", "王\u{302A}"]

    func testFindsWhatADictionaryFinds() {
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
