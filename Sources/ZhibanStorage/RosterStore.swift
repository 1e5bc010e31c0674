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
    private var layout: RosterFileLayout
    let prefix: String

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
        (roster, layout) = try RosterFiles.read(from: loadedBytes, prefix: prefix)
    }

    /// Creates a new roster folder holding `roster` (the folder is made if missing), and opens it.
    ///
    /// Refuses a folder that holds `roster.toml`, and one that holds `volunteers.csv` or
    /// `duties.csv` unless `lists` says they were found there and `roster` was built from them:
    /// then `roster.toml` is written around them, and a list is rewritten only where `roster`
    /// differs from it, keeping its own columns. A list changed since it was found stops the
    /// creation (`.changedOnDisk`). With `original`, the files are laid out as that roster's (its
    /// unknown columns and the comments of its roster.toml are kept: a copy, `:saveas`).
    public static func create(
        folder: URL, roster: Roster, around lists: ExistingLists? = nil, like original: RosterStore? = nil
    ) throws -> RosterStore {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let prefix = messagePrefix(for: folder)
        let present = presentFiles(in: folder)
        if present.contains(RosterFiles.definitions) {
            throw RosterFileError(file: prefix + RosterFiles.definitions, line: 0,
                                  Localized("这里已经有值班表了，不会覆盖", "a roster is already here; it is not overwritten"))
        }
        if let first = present.first, present != lists?.files {
            throw RosterFileError(file: prefix + first, line: 0,
                Localized("这里没有 roster.toml，但已有 \(present.joined(separator: "、"))，不会覆盖它们。"
                            + "要为它们补上 roster.toml（名单原样保留），请用不带 --example 的 zhiban init",
                          "no roster.toml here, but \(present.joined(separator: ", ")) is here and is not overwritten. "
                            + "To add a roster.toml for them (keeping the lists), use zhiban init without --example"))
        }
        do {
            let lock = try RosterLock(folder: folder.path)
            defer { withExtendedLifetime(lock) {} }
            let loaded = lists?.bytes ?? [:]
            let onDisk = try readFiles(in: folder, prefix: prefix)
            if let changed = [RosterFiles.volunteers, RosterFiles.duties].first(where: { (onDisk[$0] ?? nil) != (loaded[$0] ?? nil) }) {
                throw RosterStoreError.changedOnDisk(file: prefix + changed)
            }
            try write(contents(of: roster, around: lists, like: original), to: folder)
        }
        return try RosterStore(folder: folder)
    }

    /// What a save did besides writing the changed files.
    public struct SaveReport: Equatable, Sendable {
        /// Files (with the folder prefix) that someone changed in the instant between the last
        /// check and the commit: the save replaced them, and their changed version is kept in
        /// `NAME.bak`, so the caller must say so. Almost always empty.
        public var overwritten: [String] = []
        /// Files (with the folder prefix) that someone else changed on disk since they were
        /// loaded, while this save changed only other files: their version was taken into
        /// `roster` and left on disk as it is, so the caller must show the roster again.
        public var takenFromDisk: [String] = []

        /// Creates a report.
        public init(overwritten: [String] = [], takenFromDisk: [String] = []) {
            self.overwritten = overwritten
            self.takenFromDisk = takenFromDisk
        }
    }

    /// Saves `newRoster`, writing only the files whose part of the roster changed, each keeping
    /// what a person wrote in it (unknown columns, comments, layout: `RosterFileLayout`).
    ///
    /// A file changed on disk since it was loaded is never overwritten. When this save changes
    /// that file too, it stops (`.changedOnDisk`, nothing written); when it changes only other
    /// files, the version on disk is taken into `roster` (`SaveReport.takenFromDisk`) and the
    /// other files are saved. The check is made again once the new files are written, just
    /// before the commit.
    @discardableResult
    public func save(_ newRoster: Roster) throws(RosterStoreError) -> SaveReport {
        guard !readOnly else { throw .readOnly }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .writeFailed("值班表文件夹 \(folder.path) 已不存在（被删除、移走或换成了文件），没有写入任何文件")
        }
        var report = SaveReport()
        var (onDisk, merged, taken) = try takingChangesOnDisk(into: newRoster)
        report.takenFromDisk = taken.map { prefix + $0 }
        let files = onDisk.layout.changedFiles(from: onDisk.roster, to: merged)
        var changedMeanwhile: String?
        let committed: Bool
        do {
            let commitFiles = files.map { FileCommit.File(name: $0.name, bytes: $0.bytes, newFileMode: RosterFiles.newFileMode($0.name)) }
            committed = try FileCommit(folder: folder.path).write(commitFiles) {
                duringSave(.beforeLastCheck)
                changedMeanwhile = filesChangedOnDisk(since: onDisk.bytes).first
                if changedMeanwhile == nil { duringSave(.afterLastCheck) }
                return changedMeanwhile == nil
            }
        } catch {
            throw .writeFailed(error.description)
        }
        if !committed, let changedMeanwhile { throw .changedOnDisk(file: prefix + changedMeanwhile) }
        // A file that existed is linked to NAME.bak as it is replaced: if that is not what was
        // loaded, someone changed the file in the instant after the last check.
        report.overwritten = files.map(\.name).filter { name in
            guard let loaded = onDisk.bytes[name] ?? nil else { return false }
            let backup = FileManager.default.contents(atPath: FileCommit(folder: folder.path).backupPath(of: name))
            return backup.map { [UInt8]($0) } != loaded
        }.map { prefix + $0 }
        for file in files { onDisk.bytes[file.name] = file.bytes }
        merged.sortDuties()
        loadedBytes = onDisk.bytes
        layout = onDisk.layout.saved(merged, written: files)
        roster = merged
        return report
    }

    /// What the files hold: their bytes, the roster read from them, and their layout.
    private typealias FolderState = (bytes: [String: [UInt8]?], roster: Roster, layout: RosterFileLayout)

    /// The files as they are on disk now and `newRoster` with the changes someone else made to
    /// them since they were loaded, and the names of those files. Throws `.changedOnDisk` when a
    /// file someone else changed is one this save changes too, is gone, or no longer reads.
    private func takingChangesOnDisk(into newRoster: Roster) throws(RosterStoreError) -> (FolderState, Roster, [String]) {
        var onDisk: FolderState = (loadedBytes, roster, layout)
        var merged = newRoster
        let current = filesOnDisk()
        let theirs = RosterFiles.names.filter { current[$0] != .some(loadedBytes[$0] ?? nil) }
        guard !theirs.isEmpty else { return (onDisk, merged, []) }
        let mine = Set(layout.changedFiles(from: roster, to: newRoster).map(\.name))
        // A file gone (or no longer readable) is not taken as "no records": that is asked too.
        if let overlap = theirs.first(where: { mine.contains($0) || (current[$0] ?? nil) == nil }) {
            throw .changedOnDisk(file: prefix + overlap)
        }
        guard let (read, readLayout) = try? RosterFiles.read(from: current, prefix: prefix) else {
            throw .changedOnDisk(file: prefix + theirs[0])
        }
        for name in theirs {
            onDisk.bytes[name] = current[name] ?? nil
            RosterFiles.copy(name, from: read, to: &onDisk.roster)
            RosterFiles.copy(name, from: read, to: &merged)
            onDisk.layout.take(name, from: readLayout)
        }
        return (onDisk, merged, theirs)
    }

    /// Reads the files again, dropping the roster held (for "reload" after someone else changed
    /// them). Throws `RosterFileError` when they cannot be read; the store is then unchanged.
    @discardableResult
    public func reload() throws -> Roster {
        let files = try RosterStore.readFiles(in: folder, prefix: prefix)
        (roster, layout) = try RosterFiles.read(from: files, prefix: prefix)
        loadedBytes = files
        return roster
    }

    /// Whether any file was changed on disk since it was loaded or saved.
    public var changedOnDisk: Bool { !filesChangedOnDisk(since: loadedBytes).isEmpty }

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

    /// The files whose bytes on disk differ from `expected` (a file that cannot be read now
    /// differs: it is not what was loaded, and not to be written over), in file order.
    private func filesChangedOnDisk(since expected: [String: [UInt8]?]) -> [String] {
        let current = filesOnDisk()
        return RosterFiles.names.filter { current[$0] != .some(expected[$0] ?? nil) }
    }

    /// The bytes of each file on disk now (nil for one that does not exist); a file that cannot
    /// be read now has no entry.
    private func filesOnDisk() -> [String: [UInt8]?] {
        var files: [String: [UInt8]?] = [:]
        for name in RosterFiles.names {
            do { files.updateValue(try RosterStore.readFile(name, in: folder), forKey: name) } catch {}
        }
        return files
    }

    /// The files of a new roster folder: canonical, or around the lists found there (each
    /// written only where `roster` differs from it, in its own layout), or laid out as `original`'s.
    private static func contents(of roster: Roster, around lists: ExistingLists?, like original: RosterStore?) -> [(name: String, bytes: [UInt8])] {
        if let original { return original.layout.allFiles(from: original.roster, to: roster) }
        guard let lists else { return RosterFiles.contents(of: roster) }
        return [(RosterFiles.definitions, Array(RosterTOMLWriter.text(for: roster).utf8))]
            + lists.layout.changedFiles(from: lists.roster, to: roster).filter { $0.name != RosterFiles.definitions }
    }

    private static func write(_ contents: [(name: String, bytes: [UInt8])], to folder: URL) throws(RosterStoreError) {
        let files = contents.map {
            FileCommit.File(name: $0.name, bytes: $0.bytes, newFileMode: RosterFiles.newFileMode($0.name))
        }
        do {
            try FileCommit(folder: folder.path).write(files)
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
        for name in RosterFiles.names {
            do {
                files[name] = try readFile(name, in: folder)
            } catch {
                problems.append(Diagnostic(file: prefix + name, line: 0,
                    Localized("无法读取：\(error.reason.zh)。zhiban 不会把它当作空的，也没有写入任何文件",
                              "cannot read: \(error.reason.en). zhiban does not take it for empty, and wrote no file")))
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
        RosterFiles.names.filter { name in
            var info = stat()
            return lstat(folder.appendingPathComponent(name).path, &info) == 0
        }
    }

    /// Why a folder without `roster.toml` cannot be opened, and what to do: make one (around
    /// the lists that are there, if any), or restore `roster.toml.bak`.
    private static func missingDefinitions(in folder: URL, prefix: String) -> RosterFileError {
        let lists = presentFiles(in: folder)
        var message = lists.isEmpty
            ? Localized("找不到值班表文件；用 zhiban init 新建，或用 --roster 指定文件夹",
                        "no roster file here; create one with zhiban init, or name the folder with --roster")
            : Localized("找不到值班表文件（这里只有 \(lists.joined(separator: "、"))）；zhiban init 会为它们补上 roster.toml，名单原样保留",
                        "no roster file (only \(lists.joined(separator: ", ")) here); zhiban init adds a roster.toml for them, keeping the lists as they are")
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent(RosterFiles.definitions + FileCommit.backupSuffix).path) {
            let backup = "\(prefix)\(RosterFiles.definitions)\(FileCommit.backupSuffix)"
            message = Localized(message.zh + "。\(backup) 是它上次保存前的版本：误删的话，把它改名为 \(RosterFiles.definitions) 即可",
                                message.en + ". \(backup) is its version before the last save: if it was deleted by mistake, rename that to \(RosterFiles.definitions)")
        }
        return RosterFileError(file: prefix + RosterFiles.definitions, line: 0, message)
    }

    static func messagePrefix(for folder: URL) -> String {
        let path = folder.relativePath
        return path == "." || path.isEmpty ? "" : (path.hasSuffix("/") ? path : path + "/")
    }
}
