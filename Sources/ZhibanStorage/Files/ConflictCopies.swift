import Foundation

/// Copies of roster files that file-sync tools leave beside them when two machines changed a file
/// at once (Syncthing's `duties.sync-conflict-20220408-101500-ABCDEFG.csv`, `duties.csv.orig`
/// from merge tools). zhiban never loads them: it reads only its three files by name. It names
/// them, so the organizer knows an edit may be sitting in one.
public enum ConflictCopies {
    /// The conflict copies in `folder`, by file name, sorted.
    public static func names(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter(isConflictCopy).sorted()
    }

    /// Whether `name` is a sync tool's or merge tool's copy of a roster file.
    public static func isConflictCopy(_ name: String) -> Bool {
        let stems = [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties].map { $0.split(separator: ".")[0] }
        guard stems.contains(where: { name.hasPrefix($0 + ".") || name.hasPrefix($0 + "_") || name.hasPrefix($0 + " ") }) else { return false }
        return name.contains(".sync-conflict-") || name.hasSuffix(".orig")
    }
}
