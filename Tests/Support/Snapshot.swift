import Foundation
import XCTest

/// The one snapshot assertion of the tests: a text compared byte for byte with a file in the
/// source tree (a golden print, a rendered screen).
///
/// Record mode: `ZHIBAN_RECORD=1 swift test --filter …` writes the current text into the file
/// instead, and fails, so a recording run is never taken for a pass; review the diff in git.
public enum Snapshot {
    /// Whether this run records instead of comparing.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["ZHIBAN_RECORD"] == "1" }

    /// Compares `actual` with the file at `url`, or records it there.
    public static func assert(_ actual: String, matches url: URL, file: StaticString = #filePath, line: UInt = #line) {
        let name = url.lastPathComponent
        if isRecording {
            do {
                try Data(actual.utf8).write(to: url)
                XCTFail("recorded \(name): review it, then run again without ZHIBAN_RECORD", file: file, line: line)
            } catch {
                XCTFail("cannot record \(name): \(error)", file: file, line: line)
            }
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            XCTFail("no \(name): record it with ZHIBAN_RECORD=1", file: file, line: line)
            return
        }
        if let difference = difference(expected: String(decoding: data, as: UTF8.self), actual: actual) {
            XCTFail("\(name) differs (record with ZHIBAN_RECORD=1 if the change is meant):\n\(difference)", file: file, line: line)
        }
    }

    /// The lines that differ, each as `line N` with the expected and the actual text (at most
    /// `limit` of them, then how many more), or nil when the texts are equal.
    public static func difference(expected: String, actual: String, limit: Int = 12) -> String? {
        guard expected != actual else { return nil }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        let differing = (0..<max(expectedLines.count, actualLines.count)).filter {
            expectedLines[safe: $0] != actualLines[safe: $0]
        }
        var report = differing.prefix(limit).map { index in
            "line \(index + 1)\n  expected: \(expectedLines[safe: index] ?? "<none>")\n  actual:   \(actualLines[safe: index] ?? "<none>")"
        }
        if differing.count > limit { report.append("… and \(differing.count - limit) more lines") }
        return report.joined(separator: "\n")
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
