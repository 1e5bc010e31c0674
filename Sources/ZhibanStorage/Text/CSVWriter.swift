import ZhibanModel

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
    /// NUL is left out (`TextDecoder` refuses files holding it).
    ///
    /// Quotes by Unicode scalar (`CSVQuoting`), as `CSVParser` reads: a quote or comma followed by
    /// a combining mark is one `Character` but still a quote or comma to the parser (found by fuzzing).
    public static func quoted(_ field: String) -> String {
        let field = String(String.UnicodeScalarView(field.unicodeScalars.filter { $0 != "\0" }))
        let needsQuotes = CSVQuoting.needsQuotes(field) || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        return needsQuotes ? CSVQuoting.quoted(field) : field
    }
}
