import Foundation

/// One record of a CSV file: its fields and the line it starts on.
public struct CSVRecord: Hashable, Sendable {
    /// The fields, unquoted.
    public var fields: [String] { didSet { untrimmedFields = ~0 } }
    /// The 1-based line the record starts on (a quoted field may span several lines).
    public var line: Int
    /// Bit `i` clear: field `i` is known to need no trimming (`CSVParser` saw its bytes); set:
    /// not known. Not part of the record's value.
    private var untrimmedFields: UInt64 = ~0

    /// Creates a record.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }

    /// A record with what is known of its fields' trimming (bit `i` clear: field `i` needs none).
    init(fields: [String], line: Int, untrimmedFields: UInt64) {
        self.init(fields: fields, line: line)
        self.untrimmedFields = untrimmedFields
    }

    /// The field at `index` without white space at either end.
    func trimmedField(_ index: Int) -> String {
        index < 64 && untrimmedFields & (1 << UInt64(index)) == 0 ? fields[index] : fields[index].trimmingWhitespace()
    }

    public static func == (lhs: CSVRecord, rhs: CSVRecord) -> Bool { lhs.fields == rhs.fields && lhs.line == rhs.line }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields)
        hasher.combine(line)
    }

    /// Whether every field is empty (a blank line, or a row of empty cells as spreadsheets leave).
    public var isBlank: Bool {
        // A field starting with anything but white space is not blank: no need to trim it.
        fields.allSatisfy { field in
            // Printable ASCII or a lead byte of U+4000–U+9FFF (Chinese) is no white space.
            guard let byte = field.utf8.first else { return true }
            if (0x21...0x7E).contains(byte) || (0xE4...0xE9).contains(byte) { return false }
            guard let first = field.unicodeScalars.first else { return true }
            return CharacterSet.whitespaces.contains(first) && field.trimmingCharacters(in: .whitespaces).isEmpty
        }
    }
}

/// A whole CSV table as read: its records and the file name used in messages.
public struct CSVTable: Sendable {
    /// The records, header included.
    public var records: [CSVRecord]
    /// The file's name as shown in `file:line:` messages.
    public var file: String

    /// Creates a table.
    public init(records: [CSVRecord], file: String) {
        self.records = records
        self.file = file
    }
}
