/// Writes CSV the way spreadsheets read it: fields quoted only when they must be.
public enum CSVWriter {
    /// One line (without its line end) for these fields.
    public static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",")
    }

    /// A whole file: a UTF-8 byte-order mark (so Excel and WPS read it as UTF-8), the header,
    /// then one line per record, each ended by LF.
    public static func file(header: [String], rows: [[String]]) -> String {
        var out = "\u{FEFF}" + line(header) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// The field, quoted when it holds a comma, a quote, a line break, or white space at either end.
    public static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Foundation
