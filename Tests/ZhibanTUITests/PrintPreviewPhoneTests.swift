import XCTest
import ZhibanModel
@testable import ZhibanTUI

/// A sheet for a public gate leaves phone numbers off: `t` in the print preview, as `--no-phone`.
final class PrintPreviewPhoneTests: XCTestCase {
    func testTTogglesThePhoneNumbersInThePrintAndTheFileItIsWrittenTo() {
        let shown = Fixture.state().pressing(.character("p"))
        guard case .printPreview(let withPhones) = shown.mode else { return XCTFail("no preview") }
        XCTAssertTrue(withPhones.contents.contains("17010000001"))
        let toggled = shown.pressing(.character("t"))
        guard case .printPreview(let without) = toggled.mode else { return XCTFail("the preview closed") }
        XCTAssertFalse(without.contents.contains("1701000000"), without.contents)
        XCTAssertEqual(without.path, "print/2022-04-07-date-no-phone.txt")
        XCTAssertTrue(RootView.render(toggled).text.contains("打印预览，不含电话"))
        XCTAssertEqual(toggled.after(.writeToFile).1, [.writeFile(path: without.path, contents: without.contents, holdsPhones: false)])
        guard case .printPreview(let back) = toggled.pressing(.character("t")).mode else { return XCTFail() }
        XCTAssertEqual(back.contents, withPhones.contents)
    }
}
