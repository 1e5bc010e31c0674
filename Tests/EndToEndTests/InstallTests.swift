import Foundation
import XCTest
import ZhibanTestSupport

/// Getting zhiban onto the PATH: `zhiban --version`, and `Scripts/install.sh PREFIX` putting the
/// binary, its examples, the man page and the shell completions where a shell and `man` look.
final class InstallTests: XCTestCase {
    /// The package's folder (this file is Tests/EndToEndTests/InstallTests.swift).
    private let packageFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: ZhibanRun.binary.path),
                          "run `swift build` before `swift test`: \(ZhibanRun.binary.path) is missing")
    }

    func testVersionPrintsTheVersionNumber() throws {
        let result = try ZhibanRun(["--version"])
        XCTAssertEqual(result.status, 0, result.error)
        XCTAssertNotNil(result.output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression), result.output)
    }

    func testInstallScriptPutsBinaryManPageAndCompletionsUnderThePrefix() throws {
        try TestTier.skipIfQuick("the install script's release build")
        let prefix = temporaryFolder(for: self).appendingPathComponent("prefix with space")
        // The build under test: a `swift build` inside `swift test` would wait for the build folder's lock.
        let built = ZhibanRun.binary.deletingLastPathComponent().path
        let script = try ProcessRunner.run(packageFolder.appendingPathComponent("Scripts/install.sh"), [prefix.path],
                                           environment: ["ZHIBAN_BUILT": built], timeout: 900, mergingErrors: true)
        let output = script.output
        XCTAssertEqual(script.status, 0, output)

        let installed = prefix.appendingPathComponent("bin/zhiban")
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: installed.path), output)
        let version = try ZhibanRun(["--version"])
        XCTAssertTrue(output.contains("zhiban \(version.output.trimmingCharacters(in: .newlines)) installed in \(prefix.path)"), output)
        let demo = try runInstalled(installed, ["demo", "--summary", "yinhe"])
        XCTAssertEqual(demo.status, 0, demo.error)
        XCTAssertTrue(demo.output.hasPrefix("银河小区疫情防控值班表\n"), demo.output)

        let manual = try String(contentsOf: prefix.appendingPathComponent("share/man/man1/zhiban.1"), encoding: .utf8)
        XCTAssertTrue(manual.contains(".Dt ZHIBAN 1"), manual)
        XCTAssertTrue(manual.contains("The group-chat message for the evening before."), "every command is in the man page")
        XCTAssertFalse(manual.contains(" / "), "the man page is English, without the holes Chinese would leave")
        for (path, marker) in [("share/bash-completion/completions/zhiban", "notify"),
                               ("share/zsh/site-functions/_zhiban", "#compdef zhiban"),
                               ("share/fish/vendor_completions.d/zhiban.fish", "notify")] {
            let text = try String(contentsOf: prefix.appendingPathComponent(path), encoding: .utf8)
            XCTAssertTrue(text.contains(marker), "\(path): \(text.prefix(200))")
        }
    }

    /// Runs the installed binary from a folder outside the package.
    private func runInstalled(_ binary: URL, _ arguments: [String]) throws -> (output: String, error: String, status: Int32) {
        let run = try ProcessRunner.run(binary, arguments, in: temporaryFolder(for: self))
        return (run.output, run.errors, run.status)
    }
}
