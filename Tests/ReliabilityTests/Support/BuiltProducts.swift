import Foundation
import XCTest

/// The executables built beside the test bundle (`.build/debug/zhiban`, `zhiban-crashtest`).
/// `swift test` builds them too, but CI runs `swift build` first so they are always current.
enum BuiltProducts {
    /// The folder holding the built products: the test bundle's own folder.
    static var folder: URL {
        let bundleFolder = Bundle.main.bundleURL.deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: bundleFolder.appendingPathComponent("zhiban").path) { return bundleFolder }
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.appendingPathComponent(".build/debug")
    }

    /// The path of a built executable; fails the test with instructions when it is missing.
    static func path(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            XCTFail("\(url.path) is missing: run `swift build` before `swift test`", file: file, line: line)
            throw CocoaError(.fileNoSuchFile)
        }
        return url.path
    }
}
