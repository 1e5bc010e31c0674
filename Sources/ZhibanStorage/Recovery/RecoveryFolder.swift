import Foundation
import ZhibanModel
#if canImport(Glibc)
import Glibc
#endif

/// Where the interface keeps unsaved work when it is killed (the ssh session dropped: SIGHUP;
/// SIGTERM; SIGINT), and whenever the keyboard rests with unsaved edits (so a crash or SIGKILL
/// loses at most the last seconds): `<roster>/.zhiban-recovery/`, a complete roster folder
/// holding the edited roster, with the roster those edits were made on in its `base/` folder.
/// The next start re-applies the edits (base → edited) to the files as they are then.
///
/// A new version is written beside the kept one (`.zhiban-recovery-writing`) and put in its place
/// by renames, so a failed write (a full disk) or a kill mid-write leaves the version kept before.
public struct RecoveryFolder {
    /// The folder.
    public let url: URL

    /// The recovery folder of a roster folder.
    public init(rosterFolder: URL) {
        url = rosterFolder.appendingPathComponent(".zhiban-recovery", isDirectory: true)
    }

    /// What a recovery folder holds.
    public struct Contents {
        /// The roster with the unsaved edits.
        public let edited: Roster
        /// The roster they were made on; nil in a folder written before zhiban kept it.
        public let base: Roster?
    }

    /// Why unsaved work could not be kept.
    public struct WriteFailure: Error, CustomStringConvertible {
        /// The reason, from the system.
        public let description: String
    }

    /// The work kept there, if any can be read.
    public func read() -> Contents? {
        for folder in [url, previous] {
            guard let edited = Self.roster(in: folder) else { continue }
            return Contents(edited: edited, base: Self.roster(in: folder.appendingPathComponent("base", isDirectory: true)))
        }
        return nil
    }

    /// Keeps `edited` and the roster it was made on (nil: not known), replacing what was kept
    /// before only once both are written.
    public func write(edited: Roster, base: Roster?) throws(WriteFailure) {
        remove(writing)
        do {
            _ = try RosterStore.create(folder: writing, roster: edited)
            if let base { _ = try RosterStore.create(folder: writing.appendingPathComponent("base", isDirectory: true), roster: base) }
        } catch {
            remove(writing)
            throw WriteFailure(description: Self.reason(error))
        }
        remove(previous)
        if Self.isFolder(url) { Glibc.rename(url.path, previous.path) }
        guard Glibc.rename(writing.path, url.path) == 0 else {
            let failure = WriteFailure(description: "\(url.lastPathComponent): \(String(cString: strerror(errno)))")
            remove(writing)
            if Self.isFolder(previous) { Glibc.rename(previous.path, url.path) }
            throw failure
        }
        remove(previous)
    }

    /// Removes what was kept.
    public func discard() {
        for folder in [url, writing, previous, trash] { remove(folder) }
    }

    /// The new version while it is written.
    private var writing: URL { url.deletingLastPathComponent().appendingPathComponent(".zhiban-recovery-writing", isDirectory: true) }
    /// Where a folder goes to be deleted.
    private var trash: URL { url.deletingLastPathComponent().appendingPathComponent(".zhiban-recovery-deleted", isDirectory: true) }
    /// The version kept before, for the instant between two renames.
    private var previous: URL { url.deletingLastPathComponent().appendingPathComponent(".zhiban-recovery-previous", isDirectory: true) }

    private static func roster(in folder: URL) -> Roster? {
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(RosterFiles.definitions).path) else { return nil }
        return try? RosterStore(folder: folder, readOnly: true).roster
    }

    /// Removes a folder of zhiban's; anything else in its place (a file) is not ours to remove.
    /// The folder is first renamed out of the way, so that a kill while its files are deleted
    /// never leaves a half-emptied folder where `read()` looks.
    private func remove(_ folder: URL) {
        guard Self.isFolder(folder) else { return }
        try? FileManager.default.removeItem(at: trash)
        guard Glibc.rename(folder.path, trash.path) == 0 else { return }
        try? FileManager.default.removeItem(at: trash)
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) && isFolder.boolValue
    }

    private static func reason(_ error: Error) -> String {
        if case RosterStoreError.writeFailed(let reason) = error { return reason }
        return error is RosterFileError || error is RosterStoreError ? "\(error)" : error.localizedDescription
    }
}
