import Foundation
import ZhibanTestSupport

/// A program started by a test, with its output captured. Reading waits with a deadline, so a
/// hung child fails the test instead of hanging it. Standard error goes to a temporary file, so
/// a child writing much to both streams can never block on a full pipe.
final class ChildProcess {
    /// The running process.
    let process = Process()
    private let output = Pipe()
    private let errorsPath = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-stderr-\(UUID().uuidString)").path
    private var outputText = ""

    /// Starts `executable` with `arguments`; `environment` entries are added to the test's own.
    init(_ executable: String, _ arguments: [String], environment: [String: String] = [:], input: Pipe? = nil) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = output
        _ = FileManager.default.createFile(atPath: errorsPath, contents: nil)
        process.standardError = FileHandle(forWritingAtPath: errorsPath)
        process.standardInput = input ?? FileHandle.nullDevice
        try process.run()
    }

    /// The process id.
    var pid: Int32 { process.processIdentifier }

    /// Reads standard output until a line starting with `prefix` arrives; returns that line,
    /// or nil when the output ends or `timeout` seconds pass first.
    func waitForLine(startingWith prefix: String, timeout: TimeInterval = 30) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        let fd = output.fileHandleForReading.fileDescriptor
        while Date() < deadline {
            if let line = outputText.split(separator: "\n").first(where: { $0.hasPrefix(prefix) }) { return String(line) }
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) >= 0 else { return nil }
            if poller.revents == 0 { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(fd, &buffer, buffer.count)
            if count <= 0 { return nil }
            outputText += String(decoding: buffer[..<count], as: UTF8.self)
        }
        return nil
    }

    /// Waits for the process to end (after closing its input), then returns everything it printed.
    func finish() -> (status: Int32, signalled: Bool, stdout: String, stderr: String) {
        let rest = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = FileManager.default.contents(atPath: errorsPath) ?? Data()
        try? FileManager.default.removeItem(atPath: errorsPath)
        outputText += String(decoding: rest, as: UTF8.self)
        return (process.terminationStatus, process.terminationReason == .uncaughtSignal, outputText,
                String(decoding: errorText, as: UTF8.self))
    }

    /// Runs a program to its end and returns its status and output.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:])
        throws -> (status: Int32, signalled: Bool, stdout: String, stderr: String) {
        let run = try ProcessRunner.run(URL(fileURLWithPath: executable), arguments, environment: environment)
        return (run.status, run.signalled, run.output, run.errors)
    }
}
