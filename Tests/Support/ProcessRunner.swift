import Foundation

/// The one way the tests run a program to its end: output and errors go to files (a chatty
/// program can never block on a full pipe), input comes from a file, and a deadline ends a hung
/// program instead of the test run.
public struct ProcessRunner {
    /// What a finished run gave.
    public struct Result: Sendable {
        /// The exit status, or the signal's number when `signalled`.
        public var status: Int32
        /// Whether a signal ended the program.
        public var signalled: Bool
        /// Whether the deadline passed and the program was terminated.
        public var timedOut: Bool
        /// Standard output.
        public var output: String
        /// Standard error (the same as `output` when `mergingErrors`).
        public var errors: String
    }

    /// Runs `executable arguments…` in `folder`, with `environment` added to the test's own and
    /// `input` as standard input; waits at most `timeout` seconds. With `mergingErrors`, standard
    /// error goes into the output, in order.
    public static func run(_ executable: URL, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                           input: Data? = nil, timeout: TimeInterval = 600, mergingErrors: Bool = false) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        let inURL = scratch.appendingPathComponent("in")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        try (input ?? Data()).write(to: inURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = try FileHandle(forWritingTo: outURL)
        let err = mergingErrors ? out : try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : try FileHandle(forReadingFrom: inURL)
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        let timedOut = process.isRunning
        if timedOut { process.terminate() }
        process.waitUntilExit()
        try out.close()
        if !mergingErrors { try err.close() }
        let output = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        return Result(status: process.terminationStatus, signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut,
                      output: output, errors: mergingErrors ? output : String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// The first of `names` found on the PATH (chromium, pdftotext, python3), or nil.
    public static func find(_ names: [String]) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            for folder in path.split(separator: ":") {
                let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }
}
