import ZhibanModel

/// The values: strings, numbers, booleans, date-times, arrays and inline tables.
extension TOMLParser {
    /// The value at `index`, `depth` tables and arrays deep.
    mutating func value(depth: Int) throws(TOMLSyntaxError) -> TOMLValue.Content {
        guard depth <= TOMLParser.maximumDepth else { throw tooDeep() }
        guard let byte = peek() else { throw missingValue() }
        switch byte {
        case .quote:
            return .string(peek(1) == .quote && peek(2) == .quote ? try multiLineString(escapes: true) : try basicString())
        case .apostrophe:
            return .string(peek(1) == .apostrophe && peek(2) == .apostrophe ? try multiLineString(escapes: false) : try literalString())
        case .openBracket:
            return try array(depth: depth)
        case .openBrace:
            return try inlineTable(depth: depth)
        case UInt8(ascii: "t") where word("true"):
            index += 4
            return .boolean(true)
        case UInt8(ascii: "f") where word("false"):
            index += 5
            return .boolean(false)
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"):
            return try numberOrDateTime()
        case UInt8(ascii: "i") where word("inf"), UInt8(ascii: "n") where word("nan"):
            return try numberOrDateTime()
        case .lineFeed, .carriageReturn, .hash, .comma, .closeBracket, .closeBrace:
            throw missingValue()
        default:
            throw unreadableValue()
        }
    }

    /// Whether the word `text` is written at `index` (not the start of a longer one).
    private func word(_ text: String) -> Bool {
        let word = Array(text.utf8)
        guard bytes[index...].starts(with: word) else { return false }
        return peek(word.count).map { !isBareKey($0) && $0 < 0x80 } ?? true
    }

    /// `[a, b, …]`: over several lines if wanted, comments between the values, a comma after the last allowed.
    private mutating func array(depth: Int) throws(TOMLSyntaxError) -> TOMLValue.Content {
        let openLine = line
        index += 1
        var items: [TOMLValue] = []
        while true {
            try skipArrayBlanks(openLine: openLine)
            if peek() == .closeBracket { break }
            if peek() == .closeBrace { throw mismatched(open: "[", close: "}") }
            let itemLine = line
            items.append(TOMLValue(content: try value(depth: depth + 1), line: itemLine))
            try skipArrayBlanks(openLine: openLine)
            switch peek() {
            case .comma?: index += 1
            case .closeBracket?: break
            case .closeBrace?: throw mismatched(open: "[", close: "}")
            default: throw unexpected(Localized("逗号或 ]（数组的值之间要用英文逗号隔开）", "a comma or ] (the values of an array are separated by commas)"))
            }
            if peek() == .closeBracket { break }
        }
        index += 1
        return .array(items)
    }

    /// Blanks, line ends and comments inside an array; an error at the end of the text.
    private mutating func skipArrayBlanks(openLine: Int) throws(TOMLSyntaxError) {
        while let byte = peek() {
            switch byte {
            case .space, .tab: index += 1
            case .lineFeed, .carriageReturn: try newline()
            case .hash: try comment()
            default: return
            }
        }
        throw .syntax(line: openLine, "第 \(openLine) 行的数组“[”没有用“]”结束", "the array “[” on line \(openLine) is never closed by “]”")
    }

    /// `{ a = 1, b = 2 }`, on one line (TOML 1.0).
    private mutating func inlineTable(depth: Int) throws(TOMLSyntaxError) -> TOMLValue.Content {
        let table = TOMLTable(origin: .inline, line: line, depth: depth)
        index += 1
        skipBlanks()
        if peek() == .closeBrace {
            index += 1
            return .table(table)
        }
        while true {
            if peek() == .lineFeed || peek() == .carriageReturn || peek() == nil { throw inlineTableLineEnd() }
            try keyValue(into: table)
            skipBlanks()
            switch peek() {
            case .comma?:
                index += 1
                skipBlanks()
                if peek() == .closeBrace {
                    throw .syntax(line: line, "内联表 { … } 的最后一个值后面不能有逗号", "an inline table { … } takes no comma after its last value")
                }
            case .closeBrace?:
                index += 1
                table.freeze()
                return .table(table)
            case .closeBracket?:
                throw mismatched(open: "{", close: "]")
            case .lineFeed?, .carriageReturn?, nil:
                throw inlineTableLineEnd()
            default:
                throw unexpected(Localized("逗号或 }", "a comma or }"))
            }
        }
    }

    /// A number, or a date-time (dates and times start with digits too).
    private mutating func numberOrDateTime() throws(TOMLSyntaxError) -> TOMLValue.Content {
        let start = index
        skipToken()
        if TOMLDateTime.looksLikeOne(bytes[start..<index]) {
            // A date, a space and a time: `1979-05-27 07:32:00`.
            if index - start == 10, peek() == .space, let next = peek(1), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) {
                index += 1
                skipToken()
            }
            let text = bytes[start..<index]
            guard TOMLDateTime.isValid(text) else {
                let written = String(decoding: text, as: UTF8.self)
                throw .syntax(line: line, "无法识别“\(written)”这个日期时间（应写成 2022-04-07、08:00:00 或 2022-04-07T08:00:00，或者给它加引号）",
                              "cannot read the date and time “\(written)” (write 2022-04-07, 08:00:00 or 2022-04-07T08:00:00, or quote it)")
            }
            return .dateTime(String(decoding: text, as: UTF8.self))
        }
        guard let number = TOMLNumber(bytes[start..<index]) else {
            let written = String(decoding: bytes[start..<index], as: UTF8.self)
            throw .syntax(line: line, "无法识别数字“\(written)”（整数如 2 或 -1，小数如 1.5；文字要加引号）",
                          "cannot read the number “\(written)” (whole numbers like 2 or -1, decimals like 1.5; quote text)")
        }
        switch number {
        case .integer(let value): return .integer(value)
        case .float(let value): return .float(value)
        case .tooLarge:
            let written = String(decoding: bytes[start..<index], as: UTF8.self)
            throw .syntax(line: line, "整数 \(written) 太大（最多 19 位）", "the whole number \(written) is too large (19 digits at most)")
        }
    }

    /// Steps over the characters a number or date-time may hold.
    private mutating func skipToken() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "-"), .dot, UInt8(ascii: ":"):
                index += 1
            default:
                return
            }
        }
    }
}
