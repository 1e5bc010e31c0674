import Foundation
import ZhibanModel

/// An open roster folder: loads it, holds the writer's lock, and saves safely.
///
/// - Saving replaces the changed files as one step (`FileCommit`), keeping `NAME.bak`.
/// - A writer holds `RosterLock`; a second writer is refused. `readOnly` takes no lock and never writes.
/// - A file changed on disk since it was loaded is never overwritten: the save stops and says so.
public final class RosterStore {
    /// The roster folder.
    public let folder: URL
    /// Whether this store was opened with `--read-only`.
    public let readOnly: Bool
    /// The roster as last loaded or saved.
    public private(set) var roster: Roster

    private let lock: RosterLock?
    private var loadedBytes: [String: [UInt8]?]
    private let prefix: String

    /// Opens the roster in `folder`. Throws `RosterStoreError` when another writer holds the
    /// lock, `RosterFileError` when the files cannot be read (exit status 2).
    public init(folder: URL, readOnly: Bool = false) throws {
        self.folder = folder
        self.readOnly = readOnly
        prefix = RosterStore.messagePrefix(for: folder)
        lock = readOnly ? nil : try RosterLock(folder: folder.path)
        let commit = FileCommit(folder: folder.path)
        if !readOnly && commit.hasLeftovers {
            do { try commit.recover() } catch { throw RosterStoreError.writeFailed("无法完成上次中断的保存：\(error)") }
        }
        loadedBytes = RosterStore.readFiles(in: folder)
        roster = try RosterFiles.roster(from: loadedBytes, prefix: prefix)
    }

    /// Creates a new roster folder holding `roster` (the folder is made if missing). Refuses to
    /// overwrite an existing roster.
    public static func create(folder: URL, roster: Roster) throws -> RosterStore {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(RosterFiles.definitions).path) {
            throw RosterFileError(file: messagePrefix(for: folder) + RosterFiles.definitions, line: 0, "这里已经有值班表了，不会覆盖")
        }
        _ = try RosterLock(folder: folder.path)
        try write(roster, to: folder, onlyChangedFrom: [:])
        return try RosterStore(folder: folder)
    }

    /// Saves `newRoster`: writes only the files whose content changed, after checking that none
    /// of them was changed on disk since it was loaded.
    public func save(_ newRoster: Roster) throws(RosterStoreError) {
        guard !readOnly else { throw .readOnly }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .writeFailed("值班表文件夹 \(folder.path) 已不存在（被删除、移走或换成了文件），没有写入任何文件")
        }
        let onDisk = RosterStore.readFiles(in: folder)
        for name in [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties] {
            let loaded = loadedBytes[name] ?? nil
            let current = onDisk[name] ?? nil
            if loaded != current { throw .changedOnDisk(file: prefix + name) }
        }
        try RosterStore.write(newRoster, to: folder, onlyChangedFrom: loadedBytes)
        var sorted = newRoster
        sorted.sortDuties()
        roster = sorted
        loadedBytes = RosterStore.readFiles(in: folder)
    }

    /// Whether any file was changed on disk since it was loaded or saved.
    public var changedOnDisk: Bool {
        let onDisk = RosterStore.readFiles(in: folder)
        return [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties].contains {
            (loadedBytes[$0] ?? nil) != (onDisk[$0] ?? nil)
        }
    }

    private static func write(_ roster: Roster, to folder: URL, onlyChangedFrom loaded: [String: [UInt8]?]) throws(RosterStoreError) {
        let files = RosterFiles.contents(of: roster)
            .filter { (loaded[$0.name] ?? nil) != $0.bytes }
            .map { FileCommit.File(name: $0.name, bytes: $0.bytes, newFileMode: RosterFiles.newFileMode($0.name)) }
        do {
            try FileCommit(folder: folder.path).write(files)
        } catch {
            throw .writeFailed(error.description)
        }
    }

    private static func readFiles(in folder: URL) -> [String: [UInt8]?] {
        let commit = FileCommit(folder: folder.path)
        var files: [String: [UInt8]?] = [:]
        for name in [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties] {
            files[name] = FileManager.default.contents(atPath: commit.path(toRead: name)).map { [UInt8]($0) }
        }
        return files
    }

    private static func messagePrefix(for folder: URL) -> String {
        let path = folder.relativePath
        return path == "." || path.isEmpty ? "" : (path.hasSuffix("/") ? path : path + "/")
    }
}
