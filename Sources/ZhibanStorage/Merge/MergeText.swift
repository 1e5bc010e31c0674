/// The text a merge writes, line by line, with git's conflict markers around each record changed
/// two ways, and where each conflict starts (for `file:line:` messages).
struct MergeText {
    /// Our side's marker, as git writes it (seven characters, then who).
    static let oursMarker = "<<<<<<< ours 我方"
    /// Between the two sides.
    static let separator = "======="
    /// Their side's marker.
    static let theirsMarker = ">>>>>>> theirs 对方"

    /// The text so far.
    private(set) var text = ""
    /// Each conflict: the line its `<<<<<<<` marker is on and what it is about.
    private(set) var conflicts: [(line: Int, what: String)] = []
    private var lineCount = 0

    /// Adds text that ends with a line end (or nothing).
    mutating func append(_ lines: String) {
        text += lines
        lineCount += lines.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
    }

    /// Adds a conflict: our version, then theirs (each "" when that side deleted the record).
    mutating func appendConflict(ours: String, theirs: String, what: String) {
        conflicts.append((lineCount + 1, what))
        append(MergeText.oursMarker + "\n")
        append(ours)
        append(MergeText.separator + "\n")
        append(theirs)
        append(MergeText.theirsMarker + "\n")
    }
}

/// The outcome of merging one roster file.
public struct RosterMergeResult: Sendable {
    /// The merged file, with conflict markers where a record was changed two ways.
    public var bytes: [UInt8]
    /// Each conflict as `file:line: what`; empty for a clean merge.
    public var conflicts: [Diagnostic]
}

import ZhibanModel
