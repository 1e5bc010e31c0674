/// Finds the table headers toml++ cannot survive, before the text reaches it.
///
/// toml++ (inside TOMLKit 0.6.0) asserts that a table header's name starts with a bare-key
/// character or a quote: `[北门]`, `[=]`, `[.a]` or a lone `[` abort the whole program (and are
/// undefined behaviour where assertions are compiled out). A Chinese table name written without
/// quotes is an easy slip when editing roster.toml by hand, so it must be an ordinary
/// `file:line:` problem instead. Found by fuzzing (Fuzz/ toml harness).
///
/// The scan knows just enough TOML to find headers: strings (basic, literal, multi-line),
/// comments, and the brackets of values, so a `[` inside a value is never taken for a header.
enum TOMLHeaderCheck {
    /// The 1-based line of the first header whose name starts with something other than
    /// `A-Z a-z 0-9 _ -` or a quote, with the text of that line; nil when there is none.
    static func firstBadHeader(in text: String) -> (line: Int, text: String)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var depth = 0  // open brackets and braces of the value being read
        var atStatementStart = true
        var lineStart = 0

        func peek(_ offset: Int = 0) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        func starts(with delimiter: Unicode.Scalar, count: Int) -> Bool { (0..<count).allSatisfy { peek($0) == delimiter } }
        func skipString(_ delimiter: Unicode.Scalar, multiLine: Bool, escapes: Bool) {
            index += multiLine ? 3 : 1
            while let scalar = peek() {
                if escapes && scalar == "\\" { index += 2; continue }
                if scalar == "\n" {
                    if !multiLine { return }
                    line += 1
                    lineStart = index + 1
                }
                if multiLine ? starts(with: delimiter, count: 3) : scalar == delimiter {
                    index += multiLine ? 3 : 1
                    while peek() == delimiter { index += 1 }  // up to two more quotes may end the content
                    return
                }
                index += 1
            }
        }

        while let scalar = peek() {
            switch scalar {
            case "\n":
                line += 1
                lineStart = index + 1
                atStatementStart = depth == 0
                index += 1
            case " ", "\t", "\r", "\u{FEFF}":
                index += 1
            case "#":
                while let next = peek(), next != "\n" { index += 1 }
            case "\"", "'":
                let multiLine = starts(with: scalar, count: 3)
                skipString(scalar, multiLine: multiLine, escapes: scalar == "\"")
                atStatementStart = false
            case "[" where depth == 0 && atStatementStart:
                index += peek(1) == "[" ? 2 : 1
                while peek() == " " || peek() == "\t" { index += 1 }
                if let first = peek(), !isKeyStart(first) {
                    let end = scalars[lineStart...].firstIndex(of: "\n") ?? scalars.count
                    return (line, String(String.UnicodeScalarView(scalars[lineStart..<end])))
                }
                while let next = peek(), next != "\n" { index += 1 }  // a header is one line
            case "[", "{":
                depth += 1
                atStatementStart = false
                index += 1
            case "]", "}":
                depth = max(0, depth - 1)
                index += 1
            default:
                atStatementStart = false
                index += 1
            }
        }
        return nil
    }

    private static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "\"", "'", "]": return true
        default: return false
        }
    }
}
