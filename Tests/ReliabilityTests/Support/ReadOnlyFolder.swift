import Foundation
import XCTest

/// Makes a folder read-only for the duration of a test. Tests usually run as root, for whom
/// `chmod` stops nothing, so as root the folder is made immutable (`chattr +i`, which stops even
/// root from creating, renaming or removing entries); as another user `chmod 0555` does it.
/// Skips the test when neither is possible (e.g. a file system without the immutable flag).
struct ReadOnlyFolder {
    private let url: URL
    private let usesChattr: Bool

    /// Makes `url` read-only; `undo()` must be called afterwards.
    init(_ url: URL) throws {
        self.url = url
        usesChattr = geteuid() == 0
        if usesChattr {
            let result = try? ChildProcess.run("/usr/bin/env", ["chattr", "+i", url.path])
            guard result?.status == 0 else {
                throw XCTSkip("running as root and `chattr +i` is not available here: \(result?.stderr ?? "no chattr")")
            }
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: url.path)
        }
    }

    /// Makes the folder writable again.
    func undo() {
        if usesChattr {
            _ = try? ChildProcess.run("/usr/bin/env", ["chattr", "-i", url.path])
        } else {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        }
    }
}
