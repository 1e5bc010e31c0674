import Foundation
import XCTest
import ZhibanTestSupport

/// Golden files: printed output compared byte for byte with a file under `Golden/`.
///
/// Refresh them with `ZHIBAN_RECORD=1 swift test --filter ZhibanOutputTests` (see `Snapshot`).
enum Golden {
    /// The source folder of the golden files.
    static let sourceFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares `actual` with the golden file `name`, or records it.
    static func assertMatches(_ actual: String, named name: String, file: StaticString = #filePath, line: UInt = #line) {
        Snapshot.assert(actual, matches: sourceFolder.appendingPathComponent(name), file: file, line: line)
    }
}
