import ZhibanModel

/// zhiban's git merge driver (`zhiban merge-file BASE OURS THEIRS PATH`): a 3-way merge of one
/// roster file by record, so that two organizers' edits to different duties, volunteers or tables
/// merge cleanly, in canonical order, and the same record changed two ways becomes a conflict
/// with git's markers around it — never a silent pick.
public enum RosterFileMerge {
    /// Merges the three versions of the file at `path` (its place in the repository, which says
    /// which file it is). A version that cannot be read by record (not a roster file zhiban
    /// knows, or already holding conflict markers) is merged whole: identical or changed on one
    /// side only, else one conflict around the whole text.
    public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], path: String) -> RosterMergeResult {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        do {
            let holdsMarkers = { (bytes: [UInt8]) in !ConflictMarkers.problems(in: String(decoding: bytes, as: UTF8.self), file: path).isEmpty }
            if [base, ours, theirs].contains(where: holdsMarkers) { return whole(base, ours, theirs, path) }
            switch name {
            case RosterFiles.definitions: return try TOMLTableMerge.merge(base: base, ours: ours, theirs: theirs, file: path)
            case RosterFiles.volunteers: return try CSVTableMerge.volunteers.merge(base: base, ours: ours, theirs: theirs, file: path)
            case RosterFiles.duties: return try CSVTableMerge.duties.merge(base: base, ours: ours, theirs: theirs, file: path)
            default: return whole(base, ours, theirs, path)
            }
        } catch {
            var result = whole(base, ours, theirs, path)
            if !result.conflicts.isEmpty { result.conflicts += error.problems }
            return result
        }
    }

    /// The whole file merged as one record.
    private static func whole(_ base: [UInt8], _ ours: [UInt8], _ theirs: [UInt8], _ path: String) -> RosterMergeResult {
        if let picked = RecordMerge.pick(bytes: base, ours, theirs) { return RosterMergeResult(bytes: picked, conflicts: []) }
        var out = MergeText()
        let text = { (bytes: [UInt8]) in
            let string = String(decoding: bytes, as: UTF8.self)
            return string.isEmpty || string.hasSuffix("\n") ? string : string + "\n"
        }
        out.appendConflict(ours: text(ours), theirs: text(theirs), what: "合并冲突：整个文件两边改法不同")
        return RosterMergeResult(bytes: Array(out.text.utf8), conflicts: out.conflicts.map { Diagnostic(file: path, line: $0.line, $0.what) })
    }
}
