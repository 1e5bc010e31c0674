import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Replaces several files of one folder as a single step, so that a crash, a kill or a full
/// disk at any moment leaves either every old file or every new one, never a mix, and never a
/// half-written file. The previous version of each replaced file is kept as `NAME.bak`.
///
/// 1. each new file is written beside the old as `NAME.zhiban-new` and flushed to disk;
/// 2. a journal `.zhiban-pending` listing them is written (through a temporary name) and flushed:
///    from this moment the save counts as done;
/// 3. each old file is linked to `NAME.bak` and the new one renamed over it;
/// 4. the journal is removed.
///
/// A crash before step 2 leaves stray `.zhiban-new` files, which readers ignore and the next writer
/// removes. A crash after it is finished by `recover()` (the next writer to open the roster) or read
/// through by `path(toRead:)` (a reader).
///
/// A file that is a symbolic link (to a private folder, say) is written through the link: the
/// steps above happen beside the file it points to, so the link stays and its target is replaced
/// atomically. A link to nothing is refused rather than replaced by a file.
public struct FileCommit: Sendable {
    /// The folder whose files are replaced.
    public let folder: String

    /// The journal's name.
    public static let journalName = ".zhiban-pending"
    /// Suffix of a new file waiting to replace the old.
    public static let newSuffix = ".zhiban-new"
    /// Suffix of the previous version of a file.
    public static let backupSuffix = ".bak"
    /// Suffix of the temporary second name a backup is made under before it replaces `NAME.bak`.
    public static let linkSuffix = ".zhiban-link"

    /// Creates a commit for the files of `folder`.
    public init(folder: String) { self.folder = folder }

    /// One file to write: its name in the folder, its bytes, and the mode for a new file.
    public struct File: Sendable {
        /// The file's name in the folder.
        public var name: String
        /// The whole new content.
        public var bytes: [UInt8]
        /// Permissions for a new file (an existing file keeps its own).
        public var newFileMode: mode_t

        /// Creates a file to write.
        public init(name: String, bytes: [UInt8], newFileMode: mode_t = 0o644) {
            self.name = name
            self.bytes = bytes
            self.newFileMode = newFileMode
        }
    }

    /// Writes `files` as one step. On failure before the journal is written, nothing has changed.
    ///
    /// `proceed` is asked once every new file is on disk, just before the journal makes the save
    /// count as done; when it says no, the new files are removed, nothing has changed, and the
    /// result is false. (A save checks there that nobody changed the old files meanwhile, which
    /// leaves a window of a journal write and a few renames rather than the whole write.)
    @discardableResult
    public func write(_ files: [File], provided proceed: () -> Bool = { true }) throws(POSIXFile.Failure) -> Bool {
        guard !files.isEmpty else { return true }
        var written: [String] = []
        do {
            for file in files {
                let target = try self.target(file.name)
                let mode = POSIXFile.mode(of: target) ?? file.newFileMode
                try POSIXFile.writeDurably(file.bytes, to: target + FileCommit.newSuffix, mode: mode)
                written.append(target + FileCommit.newSuffix)
            }
            guard proceed() else {
                for name in written { unlink(name) }
                return false
            }
            let journal = files.map(\.name).joined(separator: "\n") + "\n"
            try POSIXFile.writeDurably(Array(journal.utf8), to: path(FileCommit.journalName + ".tmp"), mode: 0o600)
            try POSIXFile.rename(path(FileCommit.journalName + ".tmp"), path(FileCommit.journalName))
        } catch {
            for name in written { unlink(name) }
            unlink(path(FileCommit.journalName + ".tmp"))
            throw error
        }
        syncFolders(of: files.map(\.name))
        try recover()
        return true
    }

    /// Finishes a commit that was interrupted after its journal was written, and removes the
    /// leftovers of one interrupted before. Needs write access (the roster's lock).
    public func recover() throws(POSIXFile.Failure) {
        let pending = pendingNames()
        for name in pending {
            let target = try self.target(name)
            let new = target + FileCommit.newSuffix
            guard POSIXFile.exists(new) else { continue }
            if POSIXFile.exists(target) { try POSIXFile.hardLinkReplacing(target, target + FileCommit.backupSuffix) }
            try POSIXFile.rename(new, target)
        }
        syncFolders(of: pending)
        unlink(path(FileCommit.journalName))
        unlink(path(FileCommit.journalName + ".tmp"))
        for stray in strayNewFiles() { unlink(path(stray)) }
        POSIXFile.syncFolder(folder)
    }

    /// The path to read `name` from: the new version when a commit was interrupted after its
    /// journal was written (so a read-only reader sees the saved roster), otherwise the file itself.
    public func path(toRead name: String) -> String {
        guard let target = try? target(name) else { return path(name) }
        let new = target + FileCommit.newSuffix
        return pendingNames().contains(name) && POSIXFile.exists(new) ? new : path(name)
    }

    /// Where the previous version of `name` is kept: `NAME.bak` beside the file, or beside the
    /// file a link points to.
    public func backupPath(of name: String) -> String {
        ((try? target(name)) ?? path(name)) + FileCommit.backupSuffix
    }

    /// Whether an interrupted commit is waiting to be finished.
    public var isPending: Bool { POSIXFile.exists(path(FileCommit.journalName)) }

    /// Whether an interrupted commit left anything behind: a journal to finish, or temporary
    /// files (new files written before the journal, a half-made journal or backup link) to remove.
    public var hasLeftovers: Bool { !leftovers.isEmpty }

    /// What an interrupted commit left, in name order: names in the folder, and full paths of
    /// what it left beside a file a link points to.
    public var leftovers: [String] {
        let journals = [FileCommit.journalName, FileCommit.journalName + ".tmp"].filter { POSIXFile.exists(path($0)) }
        return (journals + strayNewFiles()).sorted()
    }

    private func pendingNames() -> [String] {
        guard let text = try? String(contentsOfFile: path(FileCommit.journalName), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.contains("/") }
    }

    /// Temporary files left by an interrupted commit: names in the folder, full paths beside the
    /// files its links point to.
    private func strayNewFiles() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let beside = names.filter(isLink).compactMap { try? target($0) }.flatMap { target in
            [target + FileCommit.newSuffix, target + FileCommit.backupSuffix + FileCommit.linkSuffix].filter(POSIXFile.exists)
        }
        return names.filter { $0.hasSuffix(FileCommit.newSuffix) || $0.hasSuffix(FileCommit.linkSuffix) } + beside
    }

    /// The file `name` stands for: itself, or the file its link points to (all links followed).
    /// A link to nothing fails: writing there would create a file the organizer did not expect.
    private func target(_ name: String) throws(POSIXFile.Failure) -> String {
        let link = path(name)
        guard isLink(name) else { return link }
        guard let resolved = realpath(link, nil) else {
            throw POSIXFile.Failure(action: "\(link) 是链接，但无法找到它指向的文件", code: errno)
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private func isLink(_ name: String) -> Bool {
        var info = stat()
        return lstat(path(name), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// Flushes the folder and the folders of the files its links point to.
    private func syncFolders(of names: [String]) {
        POSIXFile.syncFolder(folder)
        for name in names {
            if isLink(name), let target = try? target(name) { POSIXFile.syncFolder((target as NSString).deletingLastPathComponent) }
        }
    }

    /// `name` in the folder; a full path (left beside a link's target) as it is.
    private func path(_ name: String) -> String { name.hasPrefix("/") ? name : folder + "/" + name }
}
