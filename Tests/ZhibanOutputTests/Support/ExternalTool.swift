import Foundation
import XCTest

/// Runs a program installed on the machine (chromium, pdftotext, python3) from a test.
enum ExternalTool {
    /// The first of `names` found on the PATH, or nil.
    static func find(_ names: [String]) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// What a finished run gave.
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs a program with standard input from `input`, polling until it ends or `timeout`
    /// seconds pass (then it is terminated and the test fails).
    static func run(_ program: URL, _ arguments: [String], input: String? = nil, timeout: TimeInterval = 120,
                    file: StaticString = #filePath, line: UInt = #line) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-tool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Files, not pipes: a chatty program can never block on a full pipe.
        let outURL = folder.appendingPathComponent("out")
        let errURL = folder.appendingPathComponent("err")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        if let input {
            let inURL = folder.appendingPathComponent("in")
            try Data(input.utf8).write(to: inURL)
            process.standardInput = try FileHandle(forReadingFrom: inURL)
        }
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { RunLoop.current.run(until: Date().addingTimeInterval(0.05)) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            XCTFail("\(program.lastPathComponent) did not finish in \(Int(timeout)) s", file: file, line: line)
        }
        try out.close()
        try err.close()
        return Result(status: process.terminationStatus,
                      output: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      errors: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}
