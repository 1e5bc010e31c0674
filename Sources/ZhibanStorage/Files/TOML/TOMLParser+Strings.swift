import ZhibanModel

/// The four kinds of string: `"basic"`, `'literal'`, and their multi-line forms.
extension TOMLParser {
    /// `"…"` with escapes, on one line.
    mutating func basicString() throws(TOMLSyntaxError) -> String {
        let startLine = line
        index += 1
        var text: [UInt8] = []
        var run = index  // the start of the bytes not yet copied into `text`
        while let byte = peek() {
            switch byte {
            case .quote:
                defer { index += 1 }
                if text.isEmpty { return String(decoding: bytes[run..<index], as: UTF8.self) }  // no escape in it
                text += bytes[run..<index]
                return String(decoding: text, as: UTF8.self)
            case .backslash:
                text += bytes[run..<index]
                try escape(into: &text, multiLine: false)
                run = index
            case .lineFeed, .carriageReturn:
                throw unclosedString(startLine, "\"")
            default:
                if isControl(byte) { throw controlCharacter(byte) }
                index += 1
            }
        }
        throw unclosedString(startLine, "\"")
    }

    /// `'…'` as written, on one line.
    mutating func literalString() throws(TOMLSyntaxError) -> String {
        let startLine = line
        index += 1
        let start = index
        while let byte = peek() {
            switch byte {
            case .apostrophe:
                index += 1
                return String(decoding: bytes[start..<(index - 1)], as: UTF8.self)
            case .lineFeed, .carriageReturn:
                throw unclosedString(startLine, "'")
            default:
                if isControl(byte) { throw controlCharacter(byte) }
                index += 1
            }
        }
        throw unclosedString(startLine, "'")
    }

    /// `"""…"""` (with escapes) or `'''…'''`: a line end right after the opening quotes is
    /// dropped, CRLF becomes LF, and up to two quotes just before the closing three are text.
    mutating func multiLineString(escapes: Bool) throws(TOMLSyntaxError) -> String {
        let delimiter = escapes ? UInt8.quote : .apostrophe
        let startLine = line
        index += 3
        if peek() == .lineFeed || (peek() == .carriageReturn && peek(1) == .lineFeed) { try newline() }
        var text: [UInt8] = []
        var run = index
        while let byte = peek() {
            switch byte {
            case delimiter:
                var quotes = 0
                while peek(quotes) == delimiter { quotes += 1 }
                guard quotes >= 3 else {
                    index += quotes
                    continue
                }
                let kept = min(quotes, 5) - 3
                text += bytes[run..<(index + kept)]
                index += kept + 3
                return String(decoding: text, as: UTF8.self)
            case .backslash where escapes:
                text += bytes[run..<index]
                try escape(into: &text, multiLine: true)
                run = index
            case .carriageReturn:
                text += bytes[run..<index]
                try newline()
                text.append(.lineFeed)
                run = index
            case .lineFeed:
                try newline()
            default:
                if isControl(byte) { throw controlCharacter(byte) }
                index += 1
            }
        }
        let quotes = escapes ? "\"\"\"" : "'''"
        throw .syntax(line: startLine, "第 \(startLine) 行的多行文字没有用 \(quotes) 结束", "the multi-line text on line \(startLine) is never closed by \(quotes)")
    }

    /// The escape at `index` (a backslash), added to `text`.
    private mutating func escape(into text: inout [UInt8], multiLine: Bool) throws(TOMLSyntaxError) {
        guard let letter = peek(1) else { throw unclosedString(line, "\"") }
        let simple: UInt8? = switch letter {
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "t"): .tab
        case UInt8(ascii: "n"): .lineFeed
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "r"): .carriageReturn
        case .quote, .backslash: letter
        default: nil
        }
        if let simple {
            text.append(simple)
            index += 2
            return
        }
        switch letter {
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = letter == UInt8(ascii: "u") ? 4 : 8
            let hex = index + 2 + digits <= bytes.count ? bytes[(index + 2)..<(index + 2 + digits)] : []
            guard hex.count == digits, let value = UInt32(String(decoding: hex, as: UTF8.self), radix: 16), hex.allSatisfy(isHexDigit),
                  let scalar = Unicode.Scalar(value) else {
                throw badEscape(length: min(2 + digits, bytes.count - index))
            }
            if value == 0 {
                throw TOMLSyntaxError(line: line, message: .init("文字里有 NUL 字符（\\u0000），zhiban 不保存它；请删掉这个转义",
                                                               "the text holds a NUL character (\\u0000), which zhiban does not keep; delete this escape"))
            }
            Unicode.UTF8.encode(scalar) { text.append($0) }
            index += 2 + digits
        case .space, .tab, .lineFeed, .carriageReturn:
            // A backslash ending a line: the line end and the blanks and line ends after it go.
            guard multiLine else { throw badEscape(length: 2) }
            var end = index + 1
            while end < bytes.count, bytes[end] == .space || bytes[end] == .tab { end += 1 }
            guard end < bytes.count, bytes[end] == .lineFeed || bytes[end] == .carriageReturn else { throw badEscape(length: 2) }
            index = end
            while let byte = peek(), byte == .space || byte == .tab || byte == .lineFeed || byte == .carriageReturn {
                if byte == .space || byte == .tab { index += 1 } else { try newline() }
            }
        default:
            throw badEscape(length: 2)
        }
    }

    private func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): return true
        default: return false
        }
    }
}
