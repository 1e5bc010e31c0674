import XCTest
import ZhibanModel

final class LanguageTests: XCTestCase {
    func testChineseUnlessTheLocaleNamesAnotherLanguage() {
        let cases: [([String: String], Language)] = [
            ([:], .zh),
            (["LANG": "C.UTF-8"], .zh),  // most servers: C names no language
            (["LANG": "C"], .zh),
            (["LANG": "POSIX"], .zh),
            (["LANG": "C.utf8@euro"], .zh),
            (["LANG": "zh_CN.UTF-8"], .zh),
            (["LANG": "zh_TW"], .zh),
            (["LANG": "en_US.UTF-8"], .en),
            (["LANG": "en"], .en),
            (["LANG": "fr_FR.UTF-8"], .en),  // a language zhiban does not speak: English, not Chinese
            (["LANG": "", "LC_ALL": ""], .zh),
        ]
        for (environment, expected) in cases {
            XCTAssertEqual(Language.fromEnvironment(environment), expected, "\(environment)")
        }
    }

    func testTheFirstSetOfLCALLThenLCMESSAGESThenLANGDecides() {
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "C.UTF-8", "LANG": "en_US.UTF-8"]), .zh)
        XCTAssertEqual(Language.fromEnvironment(["LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US"]), .en)
    }
}
