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
    public var isBlank: Bool { fields.allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty } }
}

import Foundation
