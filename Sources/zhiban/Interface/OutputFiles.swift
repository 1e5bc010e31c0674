import Foundation
import ZhibanModel

/// Writing a print to a file and sending it to the printer, for the interface's print preview.
enum OutputFiles {
    /// Writes `contents` to `path` (relative to the roster folder), creating folders as needed;
    /// owner-only (0600) when it holds the volunteers' phone numbers.
    static func write(_ contents: String, to path: String, in folder: URL, holdsPhones: Bool, language: Language)
        -> (message: String, failed: Bool) {
        let url = URL(fileURLWithPath: path, relativeTo: folder)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try OutputFile.write(contents, to: url, ownerOnly: holdsPhones)
            return (Localized("已写入 \(url.path)", "Written to \(url.path)")(language), false)
        } catch let error as OutputFile.Failure {
            return (Localized("写入 \(url.path) 失败：\(error)", "Could not write \(url.path): \(error)")(language), true)
        } catch {
            return (Localized("写入 \(url.path) 失败：\(error.localizedDescription)",
                              "Could not write \(url.path): \(error.localizedDescription)")(language), true)
        }
    }

    /// Sends `contents` to the default printer with `lp`.
    static func print(_ contents: String, language: Language) -> (message: String, failed: Bool) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["lp"]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            // Throws (SIGPIPE is ignored) rather than trapping when lp ends without reading it all.
            try input.fileHandleForWriting.write(contentsOf: Data(contents.utf8))
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
        } catch {
            return (Localized("无法运行 lp：\(error.localizedDescription)", "Cannot run lp: \(error.localizedDescription)")(language), true)
        }
        guard process.terminationStatus == 0 else {
            return (Localized("lp 失败（状态 \(process.terminationStatus)）：可以按 w 写入文件再打印",
                              "lp failed (status \(process.terminationStatus)): press w to write a file instead")(language), true)
        }
        return (Localized("已送打印机", "Sent to the printer")(language), false)
    }
}
