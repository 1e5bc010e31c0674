import XCTest
@testable import ZhibanModel

/// `NameKey` and `Slot` hash and compare names without normalising them where that gives the
/// same answer; these tests hold them to `String`'s own hashing and equality, on plain names and
/// on names that are canonically equal with different bytes (where the shortcut must not apply).
final class NameKeyTests: XCTestCase {
    private let names = [
        "", "a", "王伟", "志愿者12", "幸福里东门", "白班", "Night shift", "王伟 ", "一二三四五六七八九十一二三四五六七八九十", "㐀䶿",
        "é", "e\u{301}", "豈", "\u{8C48}", "Å", "\u{212B}", "A\u{30A}", "阿依古丽·买买提", "王\u{302A}", "１２", "\u{1F468}\u{200D}\u{1F469}",
    ]

    func testHashesAsStringDoes() {
        for name in names {
            XCTAssertEqual(NameKey(name).hashValue, name.hashValue, "“\(name.unicodeScalars.map { String($0.value, radix: 16) })”")
        }
    }

    func testEqualExactlyWhenTheStringsAre() {
        for left in names {
            for right in names {
                XCTAssertEqual(NameKey(left) == NameKey(right), left == right, "“\(left)” and “\(right)”")
                XCTAssertEqual(NameKey.same(left, right), left == right)
            }
        }
    }

    func testOrdersAsStringDoes() {
        let more = names + ["王", "王伟伟", "王伟A", "A王", "幸福里东门2", "幸福里东", "门", "\u{4E00}", "\u{9FFF}", "~", "Z"]
        for left in more {
            for right in more {
                let order = NameKey.order(left, right)
                XCTAssertEqual(order.before, left < right, "“\(left)” < “\(right)”")
                XCTAssertEqual(order.same, left == right, "“\(left)” == “\(right)”")
            }
        }
        let date = LocalDate(year: 2022, month: 4, day: 7)!
        let slots = more.flatMap { checkpoint in ["白班", "夜班", "é"].map { Slot(date: date, shift: $0, checkpoint: checkpoint) } }
        for left in slots {
            for right in slots {
                XCTAssertEqual(left < right, (left.checkpoint, left.shift) < (right.checkpoint, right.shift), "\(left) < \(right)")
            }
        }
    }

    func testCanonicallyEqualNamesFindEachOther() {
        let date = LocalDate(year: 2022, month: 4, day: 7)!
        var table: [Slot: Int] = [:]
        table[Slot(date: date, shift: "白班", checkpoint: "\u{F900}门")] = 1
        table[Slot(date: date, shift: "e\u{301}", checkpoint: "南门")] = 2
        XCTAssertEqual(table[Slot(date: date, shift: "白班", checkpoint: "\u{8C48}门")], 1)
        XCTAssertEqual(table[Slot(date: date, shift: "é", checkpoint: "南门")], 2)
        XCTAssertNil(table[Slot(date: date, shift: "夜班", checkpoint: "南门")])
        XCTAssertEqual(Slot(date: date, shift: "é", checkpoint: "南门").hashValue, Slot(date: date, shift: "e\u{301}", checkpoint: "南门").hashValue)
        XCTAssertEqual(Set([NameKey("Å"), NameKey("\u{212B}"), NameKey("A\u{30A}"), NameKey("王伟")]).count, 2)
    }
}
