import Foundation
import XCTest
@testable import ZhibanTUI

/// Compares a rendered screen with a text file in `Screens/`.
///
/// Record mode: run the tests with `ZHIBAN_RECORD=1` to write the current screens into
/// `Tests/ZhibanTUITests/Screens/` (the test then fails so a recording is never mistaken for a
/// pass); review the diff in git and commit it.
func assertScreen(_ screen: Screen, matches name: String, file: StaticString = #filePath, line: UInt = #line) {
    let actual = screen.text + "\n"
    if ProcessInfo.processInfo.environment["ZHIBAN_RECORD"] == "1" {
        let source = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Screens").appendingPathComponent(name + ".txt")
        try? actual.write(to: source, atomically: true, encoding: .utf8)
        XCTFail("recorded \(name).txt: review it, then run again without ZHIBAN_RECORD", file: file, line: line)
        return
    }
    guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Screens"),
          let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("no Screens/\(name).txt: record it with ZHIBAN_RECORD=1", file: file, line: line)
        return
    }
    guard expected != actual else { return }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    var report = "screen \(name) differs:\n"
    for index in 0..<max(expectedLines.count, actualLines.count) {
        let e = index < expectedLines.count ? expectedLines[index] : "<none>"
        let a = index < actualLines.count ? actualLines[index] : "<none>"
        if e != a { report += "line \(index + 1)\n  expected: \(e)\n  actual:   \(a)\n" }
    }
    XCTFail(report, file: file, line: line)
}
