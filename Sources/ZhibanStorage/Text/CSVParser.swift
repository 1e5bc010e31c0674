import ZhibanModel

/// An RFC 4180 CSV reader that keeps line numbers, so every problem can be reported as
/// `file:line: what is wrong`.
///
/// Accepts LF, CRLF and lone CR line ends, quoted fields holding commas, quotes (`""`) and line
/// breaks, and a missing final line break. The text must already be decoded (see `TextDecoder`).
///
/// Works on the UTF-8 bytes: the bytes it looks for (`,` `"` CR LF) never occur inside a
/// multi-byte character, so each field's bytes are whole characters.
public enum CSVParser {
    /// A syntax problem: an unterminated quoted field or text after a closing quote.
    public struct SyntaxError: Error, Hashable, Sendable {
        /// The 1-based line where the problem is.
        public var line: Int
        /// What is wrong, in both languages.
        public var message: Localized
    }

    /// Splits `text` into records. Blank lines are kept as records with one empty field, so
    /// callers decide whether to skip them.
    public static func parse(_ text: String) throws(SyntaxError) -> [CSVRecord] {
        var text = text
        var result: Result<[CSVRecord], SyntaxError> = .success([])
        text.withUTF8 { bytes in result = Result { () throws(SyntaxError) in try parse(bytes) } }
        return try result.get()
    }

    /// Splits the UTF-8 `bytes` (valid UTF-8) into records. A field without quotes is made
    /// straight from its bytes; a quoted one is gathered in a buffer (its `""` become `"`).
    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(SyntaxError) -> [CSVRecord] {
        var reader = Reader(bytes: bytes)
        while reader.index < bytes.count {
            if bytes[reader.index] == quote {
                try reader.readQuotedField()
            } else {
                reader.readPlainField()
            }
            if reader.index == bytes.count { break }
            reader.endOfField()
            if reader.index == bytes.count, bytes[bytes.count - 1] == comma { reader.fields.append("") }
        }
        if !reader.fields.isEmpty {
            reader.records.append(CSVRecord(fields: reader.fields, line: reader.recordLine, untrimmedFields: reader.untrimmed))
        }
        return reader.records
    }

    private static let (comma, quote, cr, lf) = (UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n"))

    /// The reading state, in a struct of its own rather than variables captured by nested
    /// functions: captured variables live in boxes whose every access is checked at run time,
    /// and a district's files have half a million fields.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var records: [CSVRecord] = []
        var fields: [String] = []
        var untrimmed: UInt64 = ~0  // bit i clear: field i needs no trimming (CSVRecord.trimmedField)
        var quoted: [UInt8] = []
        var repeated = RepeatedFields()
        var line = 1
        var recordLine = 1
        var index = 0

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func append(_ field: UnsafeBufferPointer<UInt8>) {
            if fields.count < 64, SimpleUTF8.needsNoTrimming(field) { untrimmed &= ~(1 << UInt64(fields.count)) }
            fields.append(repeated.string(field, column: fields.count))
        }

        /// A field without quotes, up to the next separator or line end.
        mutating func readPlainField() {
            let start = index
            var end = index
            while end < bytes.count, bytes[end] != comma, bytes[end] != cr, bytes[end] != lf { end += 1 }
            index = end
            append(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }

        /// A quoted field, from its opening quote to past its closing one.
        mutating func readQuotedField() throws(SyntaxError) {
            let quoteLine = line
            quoted.removeAll(keepingCapacity: true)
            index += 1
            while true {
                guard index < bytes.count else {
                    throw SyntaxError(line: quoteLine, message: Localized("引号没有结束：从这一行开始的带引号字段一直到文件末尾",
                                                                        "unclosed quote: the quoted field starting on this line runs to the end of the file"))
                }
                let byte = bytes[index]
                index += 1
                if byte == quote {
                    guard index < bytes.count, bytes[index] == quote else { break }
                    index += 1
                } else if byte == lf {
                    line += 1
                } else if byte == cr {
                    line += 1
                    if index < bytes.count, bytes[index] == lf { quoted.append(cr); quoted.append(lf); index += 1; continue }
                }
                quoted.append(byte)
            }
            if index < bytes.count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                throw SyntaxError(line: line, message: Localized("引号结束后还有文字（字段里的引号要写成两个 \"\"）",
                                                               "text after a closing quote (a quote inside a field is written twice: \"\")"))
            }
            let field = quoted
            field.withUnsafeBufferPointer { append($0) }
        }

        /// After a field: ends the record at a line end (the index past it), or moves past a separator.
        mutating func endOfField() {
            guard index < bytes.count else { return }
            let byte = bytes[index]
            index += 1
            if byte == comma { return }
            if byte == cr, index < bytes.count, bytes[index] == lf { index += 1 }
            records.append(CSVRecord(fields: fields, line: recordLine, untrimmedFields: untrimmed))
            let width = fields.count
            fields = []
            untrimmed = ~0
            fields.reserveCapacity(width)
            line += 1
            recordLine = line
        }
    }
}
