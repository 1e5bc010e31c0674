import Foundation
import XCTest

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
        let process = Process()
        process.executableURL = ZhibanRun.binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : Pipe()
        try process.run()
        if let input, let pipe = process.standardInput as? Pipe {
            pipe.fileHandleForWriting.write(input)
            try pipe.fileHandleForWriting.close()
        }
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        output = String(decoding: outData, as: UTF8.self)
        error = String(decoding: errData, as: UTF8.self)
        status = process.terminationStatus
    }
}

/// A fresh temporary folder for one test, removed afterwards.
func temporaryFolder(for test: XCTestCase) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-e2e-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
}
