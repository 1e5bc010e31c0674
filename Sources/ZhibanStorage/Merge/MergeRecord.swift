/// One record of a roster file as the merge driver sees it: what identifies it (a volunteer's
/// name; a duty's date, shift and checkpoint; a TOML table's header and name) and its fields, in
/// the order written. A field that is missing reads as "".
struct MergeRecord: Equatable, Sendable {
    /// One named field and its text as written.
    struct Field: Equatable, Sendable {
        var name: String
        var value: String
    }

    /// Names of fields that are not keys of the file (a TOML table's header line and the comments
    /// after its last key) start with this, which no key can.
    static let hidden = "#"

    /// The record's identity within its file.
    var key: String
    /// The fields in written order.
    var fields: [Field]

    /// The text of the field `name`, "" when it is missing.
    func value(_ name: String) -> String { fields.first { $0.name == name }?.value ?? "" }
}

/// What a 3-way merge made of one record.
enum MergedRecord: Equatable, Sendable {
    /// Both sides agree, or only one changed it: the merged record.
    case clean(MergeRecord)
    /// Both changed it in different ways (or one deleted what the other changed): each side's
    /// version, with every field that did not conflict already merged; nil for a side that
    /// deleted it.
    case conflict(ours: MergeRecord?, theirs: MergeRecord?)
}
