import Foundation
import XCTest
import ZhibanTestSupport
@testable import ZhibanTUI

/// The source folder of the screens, `Tests/ZhibanTUITests/Screens/`.
private let screensFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Screens")

/// Compares a rendered screen with the text file `Screens/<name>.txt`, or records it with
/// `ZHIBAN_RECORD=1` (see `Snapshot`); review the diff in git and commit it.
func assertScreen(_ screen: Screen, matches name: String, file: StaticString = #filePath, line: UInt = #line) {
    Snapshot.assert(screen.text + "\n", matches: screensFolder.appendingPathComponent(name + ".txt"), file: file, line: line)
}
