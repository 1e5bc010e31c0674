import Foundation
import ZhibanModel

/// A roster open for editing in the interface: saving it, and keeping unsaved work in its
/// recovery folder (with the roster that work was made on) for the next start. The interface
/// and the crash test both save through here, so the test kills the interface's own save path.
public final class EditingSession {
    /// The open roster.
    public let store: RosterStore
    /// Where unsaved work is kept.
    public let recovery: RecoveryFolder

    /// Edits the roster open in `store`.
    public init(store: RosterStore) {
        self.store = store
        recovery = RecoveryFolder(rosterFolder: store.folder)
    }

    /// The unsaved work kept last time, unless the roster is open read-only.
    public func keptWork() -> RecoveryFolder.Contents? {
        store.readOnly ? nil : recovery.read()
    }

    /// Whether the work on screen was restored from a recovery folder that did not say what it
    /// was made on: until the files are loaded again, it is kept without a base as well, so a
    /// later restore does not take the files as they are now for its base.
    public var workHasUnknownBase = false

    /// Keeps `unsaved` for the next start, with the roster as last loaded or saved (what the
    /// edits were made on).
    public func keep(_ unsaved: Roster) throws(RecoveryFolder.WriteFailure) {
        try recovery.write(edited: unsaved, base: workHasUnknownBase ? nil : store.roster)
    }

    /// Saves `roster` (see `RosterStore.save`); once saved, the kept work is no longer needed.
    @discardableResult
    public func save(_ roster: Roster) throws(RosterStoreError) -> RosterStore.SaveReport {
        let report = try store.save(roster)
        recovery.discard()
        return report
    }

    /// Reads the files again, dropping the unsaved work on purpose (and what was kept of it).
    public func reload() throws -> Roster {
        let roster = try store.reload()
        workHasUnknownBase = false
        if !store.readOnly { recovery.discard() }
        return roster
    }

    /// Drops the kept work (the user chose not to restore it, or quit).
    public func discardKept() {
        workHasUnknownBase = false
        if !store.readOnly { recovery.discard() }
    }
}
