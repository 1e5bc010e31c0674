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
    /// What an interrupted save left in the folder when it was opened (with the folder prefix):
    /// a reader never removes it; a writer removes it, so for a writer these are the files it
    /// could not remove. Almost always empty.
    public let leftovers: [String]

    private let lock: RosterLock?
    private var loadedBytes: [String: [UInt8]?]
    private let prefix: String

    /// Opens the roster in `folder`. Throws `RosterStoreError` when another writer holds the
    /// lock, `RosterFileError` when the files cannot be read (exit status 2).
    public init(folder: URL, readOnly: Bool = false) throws {
        self.folder = folder
        self.readOnly = readOnly
        let prefix = RosterStore.messagePrefix(for: folder)
        self.prefix = prefix
        lock = readOnly ? nil : try RosterLock(folder: folder.path)
        let commit = FileCommit(folder: folder.path)
        if !readOnly && commit.hasLeftovers {
            do { try commit.recover() } catch { throw RosterStoreError.writeFailed("无法完成上次中断的保存：\(error)") }
        }
        leftovers = commit.leftovers.map { $0.hasPrefix("/") ? $0 : prefix + $0 }
        loadedBytes = try RosterStore.readFiles(in: folder, prefix: prefix)
        if loadedBytes[RosterFiles.definitions] ?? nil == nil { throw RosterStore.missingDefinitions(in: folder, prefix: prefix) }
        roster = try RosterFiles.roster(from: loadedBytes, prefix: prefix)
    }

    /// Creates a new roster folder holding `roster` (the folder is made if missing), and opens it.
    ///
    /// Refuses a folder that holds `roster.toml`, and one that holds `volunteers.csv` or
    /// `duties.csv` unless `lists` says they were found there and `roster` was built from them:
    /// then `roster.toml` is written around them, and a list is rewritten only where `roster`
    /// differs from it. A list changed since it was found stops the creation (`.changedOnDisk`).
    public static func create(folder: URL, roster: Roster, around lists: ExistingLists? = nil) throws -> RosterStore {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let prefix = messagePrefix(for: folder)
        let present = presentFiles(in: folder)
        if present.contains(RosterFiles.definitions) {
            throw RosterFileError(file: prefix + RosterFiles.definitions, line: 0, "这里已经有值班表了，不会覆盖")
        }
        if let first = present.first, present != lists?.files {
            throw RosterFileError(file: prefix + first, line: 0,
                "这里没有 roster.toml，但已有 \(present.joined(separator: "、"))，不会覆盖它们。"
                + "要为它们补上 roster.toml（名单原样保留），请用不带 --example 的 zhiban init")
        }
        do {
            let lock = try RosterLock(folder: folder.path)
            defer { withExtendedLifetime(lock) {} }
            let loaded = lists?.bytes ?? [:]
            let onDisk = try readFiles(in: folder, prefix: prefix)
            if let changed = [RosterFiles.volunteers, RosterFiles.duties].first(where: { (onDisk[$0] ?? nil) != (loaded[$0] ?? nil) }) {
                throw RosterStoreError.changedOnDisk(file: prefix + changed)
            }
            try write(roster, to: folder, over: loaded)
        }
        return try RosterStore(folder: folder)
    }

    /// Saves `newRoster`: writes only the files whose content changed, after checking that none
    /// of the three files was changed on disk since it was loaded (`.changedOnDisk`, nothing
    /// written). The check is made again once the new files are written, just before the commit.
    ///
    /// Returns the files (with the folder prefix) that someone changed in the instant between that
    /// last check and the commit: the save replaced them, and their changed version is kept in
    /// `NAME.bak`, so the caller must say so. Almost always empty.
    @discardableResult
    public func save(_ newRoster: Roster) throws(RosterStoreError) -> [String] {
        guard !readOnly else { throw .readOnly }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .writeFailed("值班表文件夹 \(folder.path) 已不存在（被删除、移走或换成了文件），没有写入任何文件")
        }
        if let changed = fileChangedOnDisk() { throw .changedOnDisk(file: prefix + changed) }
        let files = RosterStore.changedFiles(of: newRoster, from: loadedBytes)
        var changedMeanwhile: String?
        let committed: Bool
        do {
            committed = try FileCommit(folder: folder.path).write(files) {
                duringSave(.beforeLastCheck)
                changedMeanwhile = fileChangedOnDisk()
                if changedMeanwhile == nil { duringSave(.afterLastCheck) }
                return changedMeanwhile == nil
            }
        } catch {
            throw .writeFailed(error.description)
        }
        if !committed, let changedMeanwhile { throw .changedOnDisk(file: prefix + changedMeanwhile) }
        // A file that existed is linked to NAME.bak as it is replaced: if that is not what was
        // loaded, someone changed the file in the instant after the last check.
        let overwritten = files.map(\.name).filter { name in
            guard let loaded = loadedBytes[name] ?? nil else { return false }
            let backup = FileManager.default.contents(atPath: FileCommit(folder: folder.path).backupPath(of: name))
            return backup.map { [UInt8]($0) } != loaded
        }
        for file in files { loadedBytes[file.name] = file.bytes }
        var sorted = newRoster
        sorted.sortDuties()
        roster = sorted
        return overwritten.map { prefix + $0 }
    }

    /// Reads the files again, dropping the roster held (for "reload" after someone else changed
    /// them). Throws `RosterFileError` when they cannot be read; the store is then unchanged.
    @discardableResult
    public func reload() throws -> Roster {
        let files = try RosterStore.readFiles(in: folder, prefix: prefix)
        roster = try RosterFiles.roster(from: files, prefix: prefix)
        loadedBytes = files
        return roster
    }

    /// Whether any file was changed on disk since it was loaded or saved.
    public var changedOnDisk: Bool { fileChangedOnDisk() != nil }

    /// Runs at two moments of a save, once the new files are written: tests set it to edit a
    /// file by hand in that instant.
    var duringSave: (SaveMoment) -> Void = { _ in }

    /// The moments of a save that `duringSave` sees.
    enum SaveMoment {
        /// The new files are written; the last check for changes on disk comes next.
        case beforeLastCheck
        /// The last check found nothing; the commit comes next.
        case afterLastCheck
    }

    /// The first file whose bytes on disk differ from those loaded or last saved.
    private func fileChangedOnDisk() -> String? {
        [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties].first { name in
            do {
                return try RosterStore.readFile(name, in: folder) != (loadedBytes[name] ?? nil)
            } catch {
                return true  // unreadable now: not what was loaded, and not to be written over
            }
        }
    }

    private static func changedFiles(of roster: Roster, from loaded: [String: [UInt8]?]) -> [FileCommit.File] {
        RosterFiles.contents(of: roster)
            .filter { (loaded[$0.name] ?? nil) != $0.bytes }
            .map { FileCommit.File(name: $0.name, bytes: $0.bytes, newFileMode: RosterFiles.newFileMode($0.name)) }
    }

    private static func write(_ roster: Roster, to folder: URL, over loaded: [String: [UInt8]?]) throws(RosterStoreError) {
        do {
            try FileCommit(folder: folder.path).write(changedFiles(of: roster, from: loaded))
        } catch {
            throw .writeFailed(error.description)
        }
    }

    /// The bytes of the three files, nil for one that does not exist. A file that is there but
    /// cannot be read (no permission, a folder, a FIFO, a device, a link to nothing) is a
    /// `file:0:` problem, never an empty list that the next save would write over it.
    static func readFiles(in folder: URL, prefix: String) throws(RosterFileError) -> [String: [UInt8]?] {
        var files: [String: [UInt8]?] = [:]
        var problems: [Diagnostic] = []
        for name in [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties] {
            do {
                files[name] = try readFile(name, in: folder)
            } catch {
                problems.append(Diagnostic(file: prefix + name, line: 0,
                    "无法读取：\(error.reason)。zhiban 不会把它当作空的，也没有写入任何文件"))
            }
        }
        if !problems.isEmpty { throw RosterFileError(problems) }
        return files
    }

    /// The bytes of one file of the folder (through an interrupted save's journal), nil when it
    /// does not exist. Reads at most one byte over the size limit, which the reader then refuses.
    private static func readFile(_ name: String, in folder: URL) throws(FileReader.Failure) -> [UInt8]? {
        try FileReader.contents(atPath: FileCommit(folder: folder.path).path(toRead: name),
                                limit: FileSizeLimit.bytes + 1, accepting: .regularFiles)
    }

    /// Whether `folder` holds a `roster.toml` in any form (a link to nothing too: opening it then
    /// says so, where creating a roster would be refused).
    public static func holdsDefinitions(_ folder: URL) -> Bool {
        presentFiles(in: folder).contains(RosterFiles.definitions)
    }

    /// Which of the three files are in `folder` (anything at the name counts: a link to nothing
    /// too), in file order.
    static func presentFiles(in folder: URL) -> [String] {
        [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties].filter { name in
            var info = stat()
            return lstat(folder.appendingPathComponent(name).path, &info) == 0
        }
    }

    /// Why a folder without `roster.toml` cannot be opened, and what to do: make one (around
    /// the lists that are there, if any), or restore `roster.toml.bak`.
    private static func missingDefinitions(in folder: URL, prefix: String) -> RosterFileError {
        let lists = presentFiles(in: folder)
        var message = lists.isEmpty
            ? "找不到值班表文件；用 zhiban init 新建，或用 --roster 指定文件夹"
            : "找不到值班表文件（这里只有 \(lists.joined(separator: "、"))）；zhiban init 会为它们补上 roster.toml，名单原样保留"
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(RosterFiles.definitions + FileCommit.backupSuffix).path) {
            message += "。\(prefix)\(RosterFiles.definitions)\(FileCommit.backupSuffix) 是它上次保存前的版本：误删的话，把它改名为 \(RosterFiles.definitions) 即可"
        }
        return RosterFileError(file: prefix + RosterFiles.definitions, line: 0, message)
    }

    static func messagePrefix(for folder: URL) -> String {
        let path = folder.relativePath
        return path == "." || path.isEmpty ? "" : (path.hasSuffix("/") ? path : path + "/")
    }
}
