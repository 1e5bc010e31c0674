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
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var afterQuote = false  // just closed a quoted field: only a separator or line end may follow
        var quoteLine = 1
        var iterator = text.utf8.makeIterator()
        var pending: UInt8? = nil
        let (comma, quote, cr, lf) = (UInt8(ascii: ","), UInt8(ascii: "\""), UInt8(ascii: "\r"), UInt8(ascii: "\n"))

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            afterQuote = false
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(fields: fields, line: recordLine))
            fields = []
        }

        while let byte = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if byte == quote {
                    let next = iterator.next()
                    if next == quote {
                        field.append(quote)
                    } else {
                        inQuotes = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if byte == lf || byte == cr { line += 1 }
                    if byte == cr {
                        let next = iterator.next()
                        if next == lf { field.append(cr); field.append(lf); continue }
                        pending = next
                    }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case comma:
                endField()
            case cr, lf:
                if byte == cr {
                    let next = iterator.next()
                    if next != lf { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            case quote where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            default:
                if afterQuote {
                    throw SyntaxError(line: line, message: Localized("引号结束后还有文字（字段里的引号要写成两个 \"\"）",
                                                                       "text after a closing quote (a quote inside a field is written twice: \"\")"))
                }
                field.append(byte)
            }
        }
        if inQuotes {
            throw SyntaxError(line: quoteLine, message: Localized("引号没有结束：从这一行开始的带引号字段一直到文件末尾",
                                                                "unclosed quote: the quoted field starting on this line runs to the end of the file"))
        }
        if !field.isEmpty || !fields.isEmpty || afterQuote {
            endRecord()
        }
        return records
    }
}
