import Foundation

/// Runs git, the sharing engine zhiban builds on (no server or sync of its own).
struct Git {
    /// The folder git runs in (`git -C`).
    let folder: URL

    /// What one run of git gave back.
    struct Run {
        var status: Int32
        var output: String
        var error: String
        var succeeded: Bool { status == 0 }
    }

    /// Runs `git ARGUMENTS` in the folder. A git that cannot be started reads as status 127.
    @discardableResult
    func run(_ arguments: [String]) -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return Run(status: 127, output: "", error: "无法运行 git：\(error)") }
        // Standard error is read on its own thread, so neither pipe filling up can block git.
        nonisolated(unsafe) var errorText = Data()
        let errorRead = DispatchGroup()
        errorRead.enter()
        DispatchQueue.global().async {
            errorText = error.fileHandleForReading.readDataToEndOfFile()
            errorRead.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                   error: String(decoding: errorText, as: UTF8.self))
    }

    /// The top folder of the repository holding the folder, nil when it is in none.
    var topLevel: URL? {
        let result = run(["rev-parse", "--show-toplevel"])
        guard result.succeeded else { return nil }
        return URL(fileURLWithPath: result.output.trimmingCharacters(in: .whitespacesAndNewlines), isDirectory: true)
    }

    /// A local setting's value, nil when unset.
    func config(_ key: String) -> String? {
        let result = run(["config", "--local", "--get", key])
        return result.succeeded ? result.output.trimmingCharacters(in: .newlines) : nil
    }
}
