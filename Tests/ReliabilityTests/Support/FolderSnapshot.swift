import Foundation

/// Every regular file of a folder and its bytes: two snapshots are equal when nothing was
/// added, removed or changed by a single byte.
struct FolderSnapshot: Equatable, CustomStringConvertible {
    /// File name → bytes.
    let files: [String: Data]

    /// Takes a snapshot of `folder` (the lock file is left out: opening a roster may create it).
    init(_ folder: URL) throws {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name != ".zhiban.lock" {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        self.files = files
    }

    var description: String { files.keys.sorted().map { "\($0) (\(files[$0]!.count) bytes)" }.joined(separator: ", ") }
}
