import Foundation
import ZhibanModel

/// The syntax errors, worded for a person who edited `roster.toml` by hand, at the line being read.
extension TOMLParser {
    /// Something else than `expected` at `index`.
    func unexpected(_ expected: Localized) -> TOMLSyntaxError {
        if let separator = separatorError() { return separator }
        let (found, hint) = described()
        return .syntax(line: line, "这里应是\(expected.zh)，却是\(found.zh)\(hint.zh)", "expected \(expected.en), found \(found.en)\(hint.en)")
    }

    /// A table header whose name cannot be read (`[北门]`).
    func badTableName() -> TOMLSyntaxError {
        if let separator = separatorError() { return separator }
        let header = currentLineText()
        return .syntax(line: line, "表头“\(header)”的名字只能用英文字母、数字、_ 和 -，其他文字要加引号，如 [\"北门\"]",
                       "a table name in “\(header)” may only use letters, digits, _ and -; quote other text, as in [\"北门\"]")
    }

    /// A key that cannot be read (`北门 = 1`, `= 1`).
    func badKey() -> TOMLSyntaxError {
        if let separator = separatorError() { return separator }
        if peek() == .equals { return .syntax(line: line, "= 前面缺少键名", "a key is missing before =") }
        guard let scalar = scalarHere(), scalar.properties.isAlphabetic || scalar.properties.numericType != nil else {
            return unexpected(Localized("键名", "a key"))
        }
        let key = tokenHere()
        return .syntax(line: line, "键名“\(key)”只能用英文字母、数字、_ 和 -，其他文字要加引号，如 \"\(key)\" = …",
                       "the key “\(key)” may only use letters, digits, _ and -; quote other text, as in \"\(key)\" = …")
    }

    /// Nothing where a value should be.
    func missingValue() -> TOMLSyntaxError {
        .syntax(line: line, "这里缺少值（如 \"文字\"、1 或 true）", "a value is missing here (such as \"text\", 1 or true)")
    }

    /// A value that is none of TOML's (text without quotes, usually).
    func unreadableValue() -> TOMLSyntaxError {
        if let separator = separatorError() { return separator }
        let written = tokenHere()
        let text = written.trimmingCharacters(in: ["“", "”", "‘", "’"])
        return .syntax(line: line, "看不懂值“\(written)”：文字要加英文引号，如 \"\(text)\"",
                       "cannot read the value “\(written)”: quote text with straight quotes, as in \"\(text)\"")
    }

    /// An array closed by a brace or an inline table by a bracket.
    func mismatched(open: String, close: String) -> TOMLSyntaxError {
        .syntax(line: line, "“\(open)”被“\(close)”关闭了，括号不配对（\(currentLineText())）",
                "“\(open)” is closed by “\(close)”, the brackets do not pair (\(currentLineText()))")
    }

    /// An inline table going on past its line.
    func inlineTableLineEnd() -> TOMLSyntaxError {
        .syntax(line: line, "内联表 { … } 要写在一行里，并用 } 结束", "an inline table { … } is written on one line and closed by }")
    }

    /// A string without its closing quote on the line it started.
    func unclosedString(_ startLine: Int, _ quote: String) -> TOMLSyntaxError {
        .syntax(line: startLine, "文字缺少结尾的引号 \(quote)（一行文字不能跨行，多行的要用 \(quote)\(quote)\(quote) 括起来）",
                "the text has no closing \(quote) (text stays on its line; put text over several lines between \(quote)\(quote)\(quote))")
    }

    /// A control character inside a string or comment.
    func controlCharacter(_ byte: UInt8) -> TOMLSyntaxError {
        let code = TOMLParser.code(of: Unicode.Scalar(byte))
        return .syntax(line: line, "有看不见的控制字符 \(code)，请删掉它", "an invisible control character \(code) is here; delete it")
    }

    /// An escape TOML does not have, `length` bytes long at `index`.
    func badEscape(length: Int) -> TOMLSyntaxError {
        let escape = String(decoding: bytes[index..<min(index + length, bytes.count)], as: UTF8.self)
        return .syntax(line: line, "转义“\(escape)”无效（可用 \\\\、\\\"、\\n、\\t、\\uXXXX；反斜杠本身写作 \\\\）",
                       "the escape “\(escape)” is not valid (use \\\\, \\\", \\n, \\t, \\uXXXX; write a backslash as \\\\)")
    }

    /// Tables and arrays nested deeper than `maximumDepth`.
    func tooDeep() -> TOMLSyntaxError {
        .syntax(line: line, "表和数组嵌套太深（最多 \(TOMLParser.maximumDepth) 层）", "tables and arrays nest too deep (\(TOMLParser.maximumDepth) levels at most)")
    }

    /// The error for a Unicode space or line separator at `index` (they come with text pasted
    /// from web pages or Word, and TOML takes them nowhere but in strings and comments).
    private func separatorError() -> TOMLSyntaxError? {
        guard let scalar = scalarHere() else { return nil }
        switch scalar {
        case "\u{85}", "\u{A0}", "\u{1680}", "\u{180E}", "\u{2000}"..."\u{200B}", "\u{2028}", "\u{2029}", "\u{202F}", "\u{205F}",
             "\u{2060}", "\u{3000}", "\u{FEFF}":
            let name = TOMLParser.code(of: scalar) + (scalar == "\u{3000}" ? "（全角空格）" : "")
            return .syntax(line: line, "这一行有 TOML 不认的分隔符 \(name)（常见于从网页或 Word 粘贴的文字），请删掉它或换成普通空格、换行",
                           "this line holds \(TOMLParser.code(of: scalar)), a separator TOML does not accept "
                               + "(common in text pasted from a web page or Word); delete it or use a plain space or line break")
        default:
            return nil
        }
    }

    /// What is at `index`, for a message, and a hint when it is a full-width symbol.
    private func described() -> (found: Localized, hint: Localized) {
        guard let byte = peek() else { return (Localized("文件结尾", "the end of the file"), Localized("", "")) }
        if byte == .lineFeed || byte == .carriageReturn { return (Localized("行尾", "the end of the line"), Localized("", "")) }
        guard let scalar = scalarHere() else { return (Localized("", ""), Localized("", "")) }
        let shown = scalar.properties.isWhitespace || scalar.properties.generalCategory == .control ? TOMLParser.code(of: scalar) : "“\(scalar)”"
        let fullWidth = ("\u{FF01}"..."\u{FF5E}").contains(scalar) || ["“", "”", "‘", "’", "、", "。"].contains(scalar)
        return (Localized(shown, shown),
                fullWidth ? Localized("（中文全角符号；TOML 只认英文半角符号）", " (a full-width symbol; TOML takes plain ASCII symbols)") : Localized("", ""))
    }

    /// The character starting at `index`.
    private func scalarHere() -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        return String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).unicodeScalars.first
    }

    /// The word at `index`, up to a blank, line end or TOML punctuation.
    private func tokenHere() -> String {
        var end = index
        while end < bytes.count, ![.space, .tab, .lineFeed, .carriageReturn, .equals, .comma, .closeBracket, .closeBrace, .hash].contains(bytes[end]) {
            end += 1
        }
        return String(decoding: bytes[index..<end], as: UTF8.self)
    }

    /// The line being read, without its line end and outer blanks.
    private func currentLineText() -> String {
        var end = lineStart
        while end < bytes.count, bytes[end] != .lineFeed { end += 1 }
        return String(decoding: bytes[lineStart..<end], as: UTF8.self).trimmingWhitespace()
    }

    /// `U+2028`.
    private static func code(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
