import Foundation
import XCTest

/// Golden files: printed output compared byte for byte with a file under `Golden/`.
///
/// Refresh them with `ZHIBAN_RECORD=1 swift test --filter ZhibanOutputTests`: the files are
/// rewritten in the source tree (and the test fails, so a recording run is never taken for a pass).
enum Golden {
    /// The source folder of the golden files (written in record mode).
    static let sourceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// Whether this run records instead of comparing.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["ZHIBAN_RECORD"] == "1" }

    /// Compares `actual` with the golden file `name`, or records it.
    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        if isRecording {
            do {
                try Data(actual.utf8).write(to: sourceFolder.appendingPathComponent(name))
                XCTFail("recorded golden file \(name); run again without ZHIBAN_RECORD", file: file, line: line)
            } catch {
                XCTFail("cannot record \(name): \(error)", file: file, line: line)
            }
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden"),
              let data = try? Data(contentsOf: url) else {
            XCTFail("no golden file \(name); record it with ZHIBAN_RECORD=1", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let firstDifference = (0..<min(expectedLines.count, actualLines.count)).first { expectedLines[$0] != actualLines[$0] }
            ?? min(expectedLines.count, actualLines.count)
        let want = firstDifference < expectedLines.count ? expectedLines[firstDifference] : "<end>"
        let got = firstDifference < actualLines.count ? actualLines[firstDifference] : "<end>"
        XCTFail("\(name) differs at line \(firstDifference + 1):\n  golden: \(want)\n  actual: \(got)", file: file, line: line)
    }
}
