import ZhibanModel

/// Reads a TOML 1.0 text in one pass into `TOMLTable`s that know the line of every table and
/// key, so a problem in `roster.toml` can name its line.
///
/// zhiban's own, rather than a library's: it gives up on no input by stopping the process (no
/// force unwrap touches the text; values and tables nest at most `maximumDepth` deep, which
/// bounds its recursion), and its errors say in Chinese and English what is wrong on which
/// line, with hints for the slips of a hand-edited file (a Chinese table name without quotes,
/// full-width `＝` or `“”`, a line separator pasted from a web page).
///
/// It reads the whole of TOML 1.0 — tables, arrays of tables, dotted keys, inline tables,
/// arrays, the four kinds of string, integers (decimal, hex, octal, binary), floats, booleans,
/// offset and local date-times, dates and times — and keeps TOML's rules on defining a table
/// or key twice. Beyond 1.0 it takes a time without seconds (`07:32`, as TOML 1.1 does). It
/// refuses the escape `\u0000`: zhiban keeps no NUL characters.
struct TOMLParser {
    /// How deep tables and arrays may nest (a roster needs 3).
    static let maximumDepth = 64

    /// The top-level table of `text`.
    static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        var parser = TOMLParser(bytes: Array(text.utf8))
        try parser.document()
        return parser.root
    }

    let bytes: [UInt8]
    /// The next byte to read.
    var index = 0
    /// The line of `index`, and where that line starts.
    var line = 1
    var lineStart = 0
    let root = TOMLTable(origin: .header, line: 1, depth: 0)
    /// The table the last header opened: where key/value lines go.
    private var current: TOMLTable

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        current = root
    }

    /// The byte at `index + offset`, nil past the end.
    func peek(_ offset: Int = 0) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }

    private mutating func document() throws(TOMLSyntaxError) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        while let byte = peek() {
            switch byte {
            case .space, .tab: index += 1
            case .lineFeed, .carriageReturn: try newline()
            case .hash: try comment()
            case .openBracket: try header()
            default:
                try keyValue(into: current)
                try endOfLine()
            }
        }
    }

    /// Steps over a line end (LF or CRLF) at `index`.
    mutating func newline() throws(TOMLSyntaxError) {
        if peek() == .carriageReturn {
            guard peek(1) == .lineFeed else {
                throw .syntax(line: line, "有单独的回车符（CR），行尾应是换行（LF 或 CRLF）", "a lone carriage return (CR); a line ends in LF or CRLF")
            }
            index += 1
        }
        index += 1
        line += 1
        lineStart = index
    }

    /// Spaces and tabs.
    mutating func skipBlanks() {
        while let byte = peek(), byte == .space || byte == .tab { index += 1 }
    }

    /// A `#` comment up to (not including) the line end.
    mutating func comment() throws(TOMLSyntaxError) {
        index += 1
        while let byte = peek(), byte != .lineFeed, !(byte == .carriageReturn && peek(1) == .lineFeed) {
            if isControl(byte) { throw controlCharacter(byte) }
            index += 1
        }
    }

    /// What may follow a header or a value: blanks, a comment, then the line end.
    private mutating func endOfLine() throws(TOMLSyntaxError) {
        skipBlanks()
        if peek() == .hash { try comment() }
        if let byte = peek(), byte != .lineFeed, byte != .carriageReturn {
            throw unexpected(Localized("换行或注释", "a line end or a comment"))
        }
    }

    /// `[name]` or `[[name]]`.
    private mutating func header() throws(TOMLSyntaxError) {
        let headerLine = line
        let isArray = peek(1) == .openBracket
        index += isArray ? 2 : 1
        skipBlanks()
        let path = try keyPath(inHeader: true)
        for _ in 0..<(isArray ? 2 : 1) {
            guard peek() == .closeBracket else { throw unexpected(isArray ? Localized("]]", "]]") : Localized("]", "]")) }
            index += 1
        }
        try endOfLine()
        current = try open(path, asArray: isArray, line: headerLine)
    }

    /// A key, dotted or not (`a`, `"北门"`, `a."b".c`), and the blanks after it.
    private mutating func keyPath(inHeader: Bool) throws(TOMLSyntaxError) -> [String] {
        var path = [try simpleKey(inHeader: inHeader)]
        skipBlanks()
        while peek() == .dot {
            index += 1
            skipBlanks()
            guard path.count < TOMLParser.maximumDepth else { throw tooDeep() }
            path.append(try simpleKey(inHeader: inHeader))
            skipBlanks()
        }
        return path
    }

    private mutating func simpleKey(inHeader: Bool) throws(TOMLSyntaxError) -> String {
        switch peek() {
        case .quote?: return try basicString()
        case .apostrophe?: return try literalString()
        case let byte? where isBareKey(byte):
            let start = index
            while let next = peek(), isBareKey(next) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        default:
            throw inHeader ? badTableName() : badKey()
        }
    }

    /// `key = value` into `table` (the blanks after the value are left).
    mutating func keyValue(into table: TOMLTable) throws(TOMLSyntaxError) {
        let keyLine = line
        let path = try keyPath(inHeader: false)
        guard peek() == .equals else { throw unexpected(Localized("=（键 \(dotted(path)) 后面）", "= (after the key \(dotted(path)))")) }
        index += 1
        skipBlanks()
        var target = table
        for key in path.dropLast() { target = try dottedTable(key, in: target, path: path, line: keyLine) }
        let key = path[path.count - 1]
        if let existing = target[key] {
            throw .syntax(line: keyLine, "键 \(dotted(path)) 重复了（第 \(existing.line) 行已有）", "the key \(dotted(path)) is written twice (first on line \(existing.line))")
        }
        target.add(key, TOMLValue(content: try value(depth: target.depth + 1), line: keyLine))
    }

    /// The table `key` of a dotted key inside `table`, made if missing.
    private func dottedTable(_ key: String, in table: TOMLTable, path: [String], line: Int) throws(TOMLSyntaxError) -> TOMLTable {
        guard let existing = table[key] else {
            let made = try newTable(.dotted, line: line, in: table)
            table.add(key, TOMLValue(content: .table(made), line: line))
            return made
        }
        guard case .table(let found) = existing.content, found.origin == .dotted || found.origin == .implicit else {
            throw .syntax(line: line, "\(key) 已在第 \(existing.line) 行写成一个值或一个表，不能再用 \(dotted(path)) 往里加键",
                          "\(key) is already a value or a table of its own (line \(existing.line)); \(dotted(path)) cannot add to it")
        }
        found.origin = .dotted
        return found
    }

    /// The table a header names, made (with the tables on its way) if missing.
    private func open(_ path: [String], asArray: Bool, line: Int) throws(TOMLSyntaxError) -> TOMLTable {
        var table = root
        for (position, key) in path.dropLast().enumerated() {
            guard let existing = table[key] else {
                let made = try newTable(.implicit, line: line, in: table)
                table.add(key, TOMLValue(content: .table(made), line: line))
                table = made
                continue
            }
            switch existing.content {
            case .table(let found) where found.origin != .inline: table = found
            case .tables(let list): table = list.last
            default:
                let prefix = dotted(Array(path[...position]))
                throw .syntax(line: line, "\(prefix) 已在第 \(existing.line) 行写成一个值，表头 \(dotted(path)) 不能往里加表",
                              "\(prefix) is already a value (line \(existing.line)); the header \(dotted(path)) cannot add a table to it")
            }
        }
        let key = path[path.count - 1]
        guard let existing = table[key] else {
            let made = try newTable(.header, line: line, in: table)
            table.add(key, TOMLValue(content: asArray ? .tables(TOMLTableList(made)) : .table(made), line: line))
            return made
        }
        switch existing.content {
        case .tables(let list) where asArray:
            let made = try newTable(.header, line: line, in: table)
            list.append(made)
            return made
        case .table(let found) where !asArray && found.origin == .implicit:
            found.origin = .header
            found.line = line
            return found
        default:
            let name = asArray ? "[[\(dotted(path))]]" : "[\(dotted(path))]"
            throw .syntax(line: line, "表 \(name) 与第 \(existing.line) 行重复（同名的表只能写一次，[[…]] 才能写多次）",
                          "the table \(name) repeats line \(existing.line) (a table is written once; only [[…]] tables repeat)")
        }
    }

    /// A new table inside `parent`, if that is not too deep.
    private func newTable(_ origin: TOMLTable.Origin, line: Int, in parent: TOMLTable) throws(TOMLSyntaxError) -> TOMLTable {
        guard parent.depth < TOMLParser.maximumDepth else { throw tooDeep() }
        return TOMLTable(origin: origin, line: line, depth: parent.depth + 1)
    }

    /// A key path as it would be written (quoted where a bare key could not say it).
    func dotted(_ path: [String]) -> String {
        path.map { key in
            !key.isEmpty && key.utf8.allSatisfy(isBareKey) ? key : TOMLText.string(key)
        }.joined(separator: ".")
    }

    func isBareKey(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"):
            return true
        default:
            return false
        }
    }

    /// A control character TOML allows neither in strings nor in comments (all but tab).
    func isControl(_ byte: UInt8) -> Bool { (byte < 0x20 && byte != .tab) || byte == 0x7F }
}

extension UInt8 {
    static let tab = UInt8(ascii: "\t"), lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), space = UInt8(ascii: " ")
    static let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), backslash = UInt8(ascii: "\\"), hash = UInt8(ascii: "#")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]"), openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let equals = UInt8(ascii: "="), dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
}
