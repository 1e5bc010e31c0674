import ZhibanModel

/// Writes CSV the way spreadsheets read it: fields quoted only when they must be.
public enum CSVWriter {
    /// One line (without its line end) for these fields.
    public static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",")
    }

    /// A whole file's bytes: a UTF-8 byte-order mark (so Excel and WPS read it as UTF-8), the
    /// header, then one line per record, each ended by LF. Written straight into bytes: a
    /// district month's duties are 45,000 lines.
    public static func file(header: [String], rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.reserveCapacity(64 * (rows.count + 1))
        append(header, to: &out)
        for row in rows { append(row, to: &out) }
        return out
    }

    /// One line of fields and its LF, added to `out`.
    private static func append(_ fields: [String], to out: inout [UInt8]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: quoted(field).utf8)
        }
        out.append(0x0A)
    }

    /// The field, quoted when it holds a comma, a quote, a line break, or white space at either end.
    /// NUL is left out (`TextDecoder` refuses files holding it).
    ///
    /// Quotes by Unicode scalar (`CSVQuoting`), as `CSVParser` reads: a quote or comma followed by
    /// a combining mark is one `Character` but still a quote or comma to the parser (found by fuzzing).
    public static func quoted(_ field: String) -> String {
        if isPlain(field) { return field }
        let field = String(String.UnicodeScalarView(field.unicodeScalars.filter { $0 != "\0" }))
        let needsQuotes = CSVQuoting.needsQuotes(field) || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        return needsQuotes ? CSVQuoting.quoted(field) : field
    }

    /// Whether the field is written as it is, seen on its UTF-8 bytes: no NUL, comma, quote or
    /// line break, and it starts and ends with printable ASCII other than the space or with a
    /// CJK ideograph (U+4E00–U+9FFF), none of which is or begins white space. Most cells are.
    private static func isPlain(_ field: String) -> Bool {
        field.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last else { return true }
            let ideographLead: ClosedRange<UInt8> = 0xE4...0xE9
            let startsPlain = (0x21...0x7E).contains(first) || ideographLead.contains(first) && (first != 0xE4 || bytes.count > 1 && bytes[1] >= 0xB8)
            let count = bytes.count
            let endsPlain = (0x21...0x7E).contains(last)
                || count >= 3 && ideographLead.contains(bytes[count - 3]) && (bytes[count - 3] != 0xE4 || bytes[count - 2] >= 0xB8)
            guard startsPlain && endsPlain else { return false }
            return !bytes.contains { $0 == 0 || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        } ?? false
    }
}
