import ZhibanModel

/// One column a spreadsheet may have, known by its Chinese header and its aliases.
struct ColumnSpec: Sendable {
    /// The key the code uses.
    let key: String
    /// Accepted headers, the canonical Chinese one first.
    let headers: [String]
    /// Whether a file without this column is refused.
    let required: Bool
    /// Whether the column is written only when the file has it or a record fills it (意愿).
    var onlyWhenUsed = false
}

/// Where each known column sits in a particular file, found from its header row.
///
/// Headers are matched after trimming, dropping a parenthesised hint (`手机（11位）`) and
/// ignoring case, so `姓名`, ` 姓名 ` and `Name` all find the name column.
struct ColumnMap: Sendable {
    private var indexes: [String: Int] = [:]

    /// Maps `header` against `specs`; problems name the file and the header's line.
    init(header: CSVRecord, specs: [ColumnSpec], file: String) throws(RosterFileError) {
        let normalized = header.fields.map(ColumnMap.normalize)
        var missing: [String] = []
        for spec in specs {
            let wanted = spec.headers.map(ColumnMap.normalize)
            if let index = normalized.firstIndex(where: { wanted.contains($0) }) {
                indexes[spec.key] = index
            } else if spec.required {
                missing.append(spec.headers[0])
            }
        }
        guard missing.isEmpty else {
            let found = header.fields.map { $0.trimmingWhitespace() }.joined(separator: "，")
            throw RosterFileError(
                file: file, line: header.line,
                Localized("缺少列：\(missing.joined(separator: "、"))（表头是：\(found)）",
                          "missing columns: \(missing.joined(separator: ", ")) (the header is: \(found))"))
        }
    }

    /// Whether the file has this column.
    func has(_ key: String) -> Bool { indexes[key] != nil }

    /// The keys of every known column the file has.
    var keys: Set<String> { Set(indexes.keys) }

    /// The key of the known column at this position of the file, nil for a column zhiban does not know.
    func key(at index: Int) -> String? { indexes.first { $0.value == index }?.key }

    /// The trimmed value of a column in a record ("" when the column or the cell is missing).
    func value(_ key: String, in record: CSVRecord) -> String {
        ColumnMap.value(at: indexes[key], in: record)
    }

    /// Where the column of `key` is in the file, nil when the file lacks it: looked up once for a
    /// table's rows, then read with `value(at:in:)`.
    func position(_ key: String) -> Int? { indexes[key] }

    /// The trimmed value of the cell at `position` in a record ("" when there is no such column or cell).
    static func value(at position: Int?, in record: CSVRecord) -> String {
        guard let position, position < record.fields.count else { return "" }
        return record.trimmedField(position)
    }

    /// Whether a header row names any of these headers: used to tell which table a file holds.
    static func header(_ header: CSVRecord, mentions names: [String]) -> Bool {
        let normalized = Set(header.fields.map(normalize))
        return names.contains { normalized.contains(normalize($0)) }
    }

    static func normalize(_ header: String) -> String {
        var text = header.trimmingWhitespace()
        for open in ["(", "（"] {
            if let index = text.firstIndex(of: Character(open)) { text = String(text[..<index]) }
        }
        return text.trimmingWhitespace().lowercased()
    }
}
