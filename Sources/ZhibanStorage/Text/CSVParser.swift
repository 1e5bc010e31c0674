/// An RFC 4180 CSV reader that keeps line numbers, so every problem can be reported as
/// `file:line: what is wrong`.
///
/// Accepts LF, CRLF and lone CR line ends, quoted fields holding commas, quotes (`""`) and line
/// breaks, and a missing final line break. The text must already be decoded (see `TextDecoder`).
public enum CSVParser {
    /// A syntax problem: an unterminated quoted field or text after a closing quote.
    public struct SyntaxError: Error, Hashable, Sendable {
        /// The 1-based line where the problem is.
        public var line: Int
        /// What is wrong, in Chinese.
        public var message: String
    }

    /// Splits `text` into records. Blank lines are kept as records with one empty field, so
    /// callers decide whether to skip them.
    public static func parse(_ text: String) throws(SyntaxError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var afterQuote = false  // just closed a quoted field: only a separator or line end may follow
        var quoteLine = 1
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            afterQuote = false
        }
        func endRecord() {
            endField()
            records.append(CSVRecord(fields: fields, line: recordLine))
            fields = []
        }

        while let scalar = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if scalar == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        afterQuote = true
                        pending = next
                    }
                } else {
                    if scalar == "\n" || (scalar == "\r") { line += 1 }
                    if scalar == "\r" {
                        let next = iterator.next()
                        if next == "\n" { field.append("\r"); field.append("\n"); continue }
                        pending = next
                    }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r", "\n":
                if scalar == "\r" {
                    let next = iterator.next()
                    if next != "\n" { pending = next }
                }
                endRecord()
                line += 1
                recordLine = line
            case "\"" where field.isEmpty && !afterQuote:
                inQuotes = true
                quoteLine = line
            default:
                if afterQuote {
                    throw SyntaxError(line: line, message: "引号结束后还有文字（字段里的引号要写成两个 \"\"）")
                }
                field.append(scalar)
            }
        }
        if inQuotes {
            throw SyntaxError(line: quoteLine, message: "引号没有结束：从这一行开始的带引号字段一直到文件末尾")
        }
        if !field.isEmpty || !fields.isEmpty || afterQuote {
            endRecord()
        }
        return records
    }
}
