import XCTest
@testable import ZhibanStorage

final class TextDecoderTests: XCTestCase {
    func testUTF8WithAndWithoutByteOrderMark() throws {
        XCTAssertEqual(try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("姓名".utf8)).text, "姓名")
        XCTAssertEqual(try TextDecoder.decode(Array("姓名".utf8)).encoding, .utf8)
    }

    func testGB18030FromExcelOnChineseWindowsIsDecodedNotMojibake() throws {
        let bytes = try [UInt8](Data(contentsOf: Fixtures.file("volunteers-gb18030.csv")))
        XCTAssertNil(String(validating: bytes, as: UTF8.self), "the fixture really is not UTF-8")
        let decoded = try TextDecoder.decode(bytes)
        XCTAssertEqual(decoded.encoding, .gb18030)
        XCTAssertTrue(decoded.text.contains("王中理,13800000000,是,机动组,组长,驾驶,周六,老党员，热心"))
    }

    func testBytesThatAreNeitherAreRefusedWithTheirLine() {
        // Line 2 holds a byte sequence invalid in both UTF-8 and GB18030 (0x80 alone, 0xFF).
        let bytes = Array("姓名\n".utf8) + [0x80, 0xFF, 0xFF, 0x0A]
        XCTAssertThrowsError(try TextDecoder.decode(bytes)) { error in
            XCTAssertEqual((error as? TextDecoder.DecodingError)?.line, 2)
        }
    }

    func testUTF16IsRefusedWithAHint() {
        XCTAssertThrowsError(try TextDecoder.decode([0xFF, 0xFE, 0x59, 0x5B])) { error in
            XCTAssertTrue((error as? TextDecoder.DecodingError)?.message.zh.contains("UTF-16") == true)
        }
    }
}
