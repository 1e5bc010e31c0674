import Foundation
import XCTest
import ZhibanTestSupport

/// Runs the built `zhiban` binary as a user would, capturing what it prints.
///
/// The binary is the one `swift build` put beside the test bundle (`.build/debug/zhiban`), so
/// `swift build` must run before `swift test` (as `.ci/run` does).
struct ZhibanRun {
    /// Standard output.
    let output: String
    /// Standard error.
    let error: String
    /// Exit status.
    let status: Int32

    /// The built binary.
    static var binary: URL {
        let folder = Bundle.main.bundleURL.pathExtension == "xctest"
            ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
        let candidates = [folder.appendingPathComponent("zhiban"),
                          folder.deletingLastPathComponent().appendingPathComponent("zhiban")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }

    /// Runs `zhiban arguments…` in `folder` with `environment` added, and waits for it.
    @discardableResult
    init(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:], input: Data? = nil) throws {
        let run = try ProcessRunner.run(ZhibanRun.binary, arguments, in: folder, environment: environment, input: input)
        output = run.output
        error = run.errors
        status = run.status
    }
}

/// A fresh temporary folder for one test, removed afterwards.
func temporaryFolder(for test: XCTestCase) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-e2e-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}
