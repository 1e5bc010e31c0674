import ZhibanModel

/// Finds what toml++ cannot survive in a roster.toml, before the text reaches it.
///
/// toml++ (inside TOMLKit 0.6.0) asserts on two kinds of malformed input instead of reporting
/// them, which aborts the whole program (and is undefined behaviour where assertions are
/// compiled out). Both were found by fuzzing (Fuzz/ toml harness):
/// - a table header whose name starts with neither a bare-key character nor a quote: `[北门]`
///   (a Chinese table name without quotes, an easy slip when editing by hand), `[=]`, a lone `[`;
/// - a `}` where an array expects a value: `shifts = [}`, `[1, }`;
/// - a date followed by a space and a one-digit hour: `start = 2022-04-07 8` (toml++ takes it
///   for the start of a date-time and asserts on the character after the digit); toml++ reads a
///   value up to its own terminators (whitespace, `]`, `}`, `,`, `#`), so `2022-04-0" 8` is such a
///   "date" too, and the scan reads values the same way;
/// - a date followed by `T` and no digit: `2022-04-07T:00` (toml++ asserts the time starts with one);
/// - a Unicode line separator (U+0085, U+2028, U+2029) where an array expects a value: `x = [` and
///   one of them (toml++ counts them as whitespace that ends a value, but does not skip them).
///   They are never valid outside strings and comments, so the scan refuses them anywhere else.
///
/// It also refuses the escape `\u0000` (or `\U00000000`) in a string: TOMLKit cuts text at a
/// NUL without a word, so a name typed with one would silently lose its end.
///
/// The scan knows just enough TOML to find these: strings (basic, literal, multi-line),
/// comments, and the brackets of values, so a `[` inside a value or a string is left alone.
enum TOMLPreflight {
    /// The first such problem: its 1-based line and what is wrong; nil when there is none.
    static func firstProblem(in text: String) -> (line: Int, message: Localized)? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        var line = 1
        var open: [Unicode.Scalar] = []  // the brackets and braces of the value being read
        var atStatementStart = true
        var lineStart = 0

        func peek(_ offset: Int = 0) -> Unicode.Scalar? { index + offset < scalars.count ? scalars[index + offset] : nil }
        func starts(with delimiter: Unicode.Scalar, count: Int) -> Bool { (0..<count).allSatisfy { peek($0) == delimiter } }
        func currentLine() -> String {
            let end = scalars[lineStart...].firstIndex(of: "\n") ?? scalars.count
            return String(String.UnicodeScalarView(scalars[lineStart..<end])).trimmingWhitespace()
        }
        var nulEscapeLine: Int?
        func isNulEscape() -> Bool {
            let digits = peek(1) == "u" ? 4 : peek(1) == "U" ? 8 : 0
            return digits > 0 && (2..<(2 + digits)).allSatisfy { peek($0) == "0" }
        }
        func skipString(_ delimiter: Unicode.Scalar, multiLine: Bool, escapes: Bool) {
            index += multiLine ? 3 : 1
            while let scalar = peek() {
                if escapes && scalar == "\\" {
                    if isNulEscape() && nulEscapeLine == nil { nulEscapeLine = line }
                    index += 2
                    continue
                }
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
                atStatementStart = open.isEmpty
                index += 1
            case " ", "\t", "\r", "\u{FEFF}":
                index += 1
            case "\u{85}", "\u{2028}", "\u{2029}":
                let code = String(scalar.value, radix: 16, uppercase: true)
                let name = "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
                return (line, Localized("TOML 语法错误：这一行有 TOML 不认的分隔符 \(name)（常见于从网页或 Word 粘贴的文字），请删掉它或换成普通换行",
                                        "TOML syntax error: this line holds \(name), a separator TOML does not accept "
                                            + "(common in text pasted from a web page or Word); delete it or use a plain line break"))
            case "#":
                while let next = peek(), next != "\n" { index += 1 }
            case "\"", "'":
                skipString(scalar, multiLine: starts(with: scalar, count: 3), escapes: scalar == "\"")
                if let nulLine = nulEscapeLine {
                    return (nulLine, Localized("文字里有 NUL 字符（\\u0000），zhiban 不保存它；请删掉这个转义",
                                               "the text holds a NUL character (\\u0000), which zhiban does not keep; delete this escape"))
                }
                atStatementStart = false
            case "[" where open.isEmpty && atStatementStart:
                index += peek(1) == "[" ? 2 : 1
                while peek() == " " || peek() == "\t" { index += 1 }
                if let first = peek(), !isKeyStart(first) {
                    return (line, Localized("TOML 语法错误：表头“\(currentLine())”的名字只能用英文字母、数字、_ 和 -，其他文字要加引号，如 [\"北门\"]",
                                            "TOML syntax error: a table name in “\(currentLine())” may only use letters, digits, _ and -; quote other text, as in [\"北门\"]"))
                }
                while let next = peek(), next != "\n" { index += 1 }  // a header is one line
            case "[", "{":
                open.append(scalar)
                atStatementStart = false
                index += 1
            case "]", "}":
                if let last = open.popLast(), (last == "[") != (scalar == "]") {
                    return (line, Localized("TOML 语法错误：“\(last)”被“\(scalar)”关闭了，括号不配对（\(currentLine())）",
                                            "TOML syntax error: “\(last)” is closed by “\(scalar)”, the brackets do not pair (\(currentLine()))"))
                }
                index += 1
            default:
                if ("0"..."9").contains(scalar), isUnreadableDateTime(scalars, from: index) {
                    return (line, Localized("TOML 语法错误：无法识别“\(currentLine())”里的日期时间（应写成 2022-04-07T08:00:00，或者给日期加引号）",
                                            "TOML syntax error: cannot read the date and time in “\(currentLine())” (write 2022-04-07T08:00:00, or quote the date)"))
                }
                atStatementStart = false
                index = max(tokenEnd(scalars, from: index), index + 1)
            }
        }
        return nil
    }

    /// Whether the value starting at `start` (a digit) is one of the malformed date-times toml++
    /// asserts on: ten characters shaped like a date (`____-__-__`, `_` not counted) followed by a
    /// space, one digit and a value terminator; or a date, `T` (or `t`) and anything but a digit.
    /// Neither is ever valid TOML.
    private static func isUnreadableDateTime(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        // Read the value as toml++ does: up to a terminator, at most 127 characters.
        var end = start
        while end < scalars.count, end - start < 127, !isValueTerminator(scalars[end]) { end += 1 }
        let characters = scalars[start..<end].filter { $0 != "_" }
        guard characters.count >= 10, characters[4] == "-", characters[7] == "-" else { return false }
        if characters.count == 10 {
            return end + 2 < scalars.count && scalars[end] == " " && ("0"..."9").contains(scalars[end + 1])
                && isValueTerminator(scalars[end + 2])
        }
        return (characters[10] == "T" || characters[10] == "t") && (characters.count == 11 || !("0"..."9").contains(characters[11]))
    }

    /// toml++'s end of a value: whitespace (its Unicode set), `]`, `}`, `,` or `#`.
    private static func isValueTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\u{0B}", "\u{0C}", "\r", "]", "}", ",", "#",
             "\u{85}", "\u{A0}", "\u{1680}", "\u{180E}", "\u{2000}"..."\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}",
             "\u{205F}", "\u{2060}", "\u{3000}", "\u{FEFF}":
            return true
        default:
            return false
        }
    }

    /// Where the bare token (a number, date, key or word) starting at `start` ends, for the scan
    /// (which then looks at what follows: a string, a bracket, `=`).
    private static func tokenEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count, !" \t\r\n]},#[{\"'=\u{85}\u{2028}\u{2029}".unicodeScalars.contains(scalars[end]) { end += 1 }
        return end
    }

    private static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-", "\"", "'", "]": return true
        default: return false
        }
    }
}
