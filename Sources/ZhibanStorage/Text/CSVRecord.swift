import Foundation

/// One record of a CSV file: its fields and the line it starts on.
public struct CSVRecord: Hashable, Sendable {
    /// The fields, unquoted.
    public var fields: [String]
    /// The 1-based line the record starts on (a quoted field may span several lines).
    public var line: Int

    /// Creates a record.
    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
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
