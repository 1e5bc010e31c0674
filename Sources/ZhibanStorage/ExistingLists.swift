import Foundation
import ZhibanModel

/// `volunteers.csv` and `duties.csv` found in a folder that has no `roster.toml` (deleted by
/// mistake, or only the lists copied): the roster they make, so that creating a roster there
/// (`zhiban init`, `zhiban import`, the interface's offer) builds `roster.toml` around them
/// instead of emptying them. Pass it to `RosterStore.create(folder:roster:around:)`.
public struct ExistingLists: Sendable {
    /// The lists found (file names, without the folder), in file order.
    public let files: [String]
    /// The roster they make: their volunteers and duties, a team for each `所属队伍` named, and
    /// no shifts or checkpoints (those were defined in the missing `roster.toml`).
    public let roster: Roster
    /// Whether `roster.toml.bak` is there: the previous version of the missing file, which the
    /// organizer may rather restore.
    public let hasDefinitionsBackup: Bool
    /// The bytes read, to make sure nothing changed before `roster.toml` is written beside them.
    let bytes: [String: [UInt8]?]
    /// How the lists are laid out (their columns, unknown ones too), so a list rewritten keeps them.
    let layout: RosterFileLayout

    /// The lists in `folder`; nil when the folder holds `roster.toml` or neither list. A list that
    /// cannot be read, or has bad rows, is an error (`file:line:`): nothing may be built over it.
    public static func find(in folder: URL, title: String) throws(RosterFileError) -> ExistingLists? {
        let present = RosterStore.presentFiles(in: folder)
        guard !present.isEmpty, !present.contains(RosterFiles.definitions) else { return nil }
        let prefix = RosterStore.messagePrefix(for: folder)
        var bytes = try RosterStore.readFiles(in: folder, prefix: prefix)
        bytes[RosterFiles.definitions] = Array(RosterTOMLWriter.text(for: .empty(title: title)).utf8)
        var (roster, layout) = try RosterFiles.read(from: bytes, prefix: prefix)
        roster.addTeamsNamedByVolunteers()
        bytes.removeValue(forKey: RosterFiles.definitions)
        let backup = folder.appendingPathComponent(RosterFiles.definitions + FileCommit.backupSuffix).path
        return ExistingLists(files: present, roster: roster, hasDefinitionsBackup: FileManager.default.fileExists(atPath: backup),
                             bytes: bytes, layout: layout)
    }
}
