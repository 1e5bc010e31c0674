import ZhibanModel

/// `roster.toml` merged table by table and key by key: the top-level keys, `[rules]`, each
/// `[[shift]]`, `[[checkpoint]]` and `[[team]]` by its name, each `[[rotation]]` by its kind and
/// checkpoint. A key's text is merged as written, with the comments above it, so comments and
/// keys zhiban does not know survive a merge.
enum TOMLTableMerge {
    /// The field holding a table's header line (and the comments above it).
    static let headerField = MergeRecord.hidden + "header"
    /// The field holding the comments after a table's last key.
    static let trailingField = MergeRecord.hidden + "trailing"

    /// Merges the three versions; `file` names the file in messages.
    static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8], file: String) throws(RosterFileError) -> RosterMergeResult {
        let (b, o, t) = (try tables(base, file), try tables(ours, file), try tables(theirs, file))
        var out = MergeText()
        for (index, record) in RecordMerge().merge(base: b, ours: o, theirs: t).enumerated() {
            let separator = index == 0 ? "" : "\n"
            switch record {
            case .clean(let record):
                out.append(separator + text(record))
            case .conflict(let ours, let theirs):
                out.append(separator)
                out.appendConflict(ours: ours.map(text) ?? "", theirs: theirs.map(text) ?? "",
                                   what: MergeConflictText.describe(ours: ours, theirs: theirs))
            }
        }
        return RosterMergeResult(bytes: Array(out.text.utf8),
                                 conflicts: out.conflicts.map { Diagnostic(file: file, line: $0.line, $0.what) })
    }

    /// A table written back: its fields' lines in order.
    private static func text(_ record: MergeRecord) -> String {
        record.fields.map { $0.value.hasSuffix("\n") ? $0.value : $0.value + "\n" }.joined()
    }

    /// The tables of one version, the top-level keys first (as the table ""). Blank lines at the
    /// end of a table are dropped: tables are written one blank line apart.
    static func tables(_ bytes: [UInt8], _ file: String) throws(RosterFileError) -> [MergeRecord] {
        let text: String
        do {
            text = try TextDecoder.decode(bytes).text
        } catch {
            throw RosterFileError(file: file, line: error.line, error.message)
        }
        var tables = [MergeRecord(key: "", fields: [])]
        var pending: [String] = []
        var open: (key: String, lines: [String])?  // a value still open (an array over several lines)
        var depth = 0
        func flushPending(as name: String) {
            let lines = trimmedBlankLines(pending)
            pending = []
            guard !lines.isEmpty else { return }
            tables[tables.count - 1].fields.append(.init(name: name, value: lines.joined(separator: "\n") + "\n"))
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingWhitespace()
            if let value = open {
                open!.lines.append(line)
                depth += bracketDepth(trimmed)
                if depth <= 0 {
                    open = nil
                    tables[tables.count - 1].fields.append(.init(name: value.key, value: (value.lines + [line]).joined(separator: "\n") + "\n"))
                }
            } else if trimmed.isEmpty || trimmed.hasPrefix("#") {
                pending.append(line)
            } else if trimmed.hasPrefix("[") {
                flushPending(as: trailingField)
                tables.append(MergeRecord(key: headerName(trimmed), fields: []))
                let lines = trimmedBlankLines(pending) + [line]
                tables[tables.count - 1].fields.append(.init(name: headerField, value: lines.joined(separator: "\n") + "\n"))
            } else {
                let lines = trimmedBlankLines(pending) + [line]
                pending = []
                depth = bracketDepth(trimmed)
                if depth > 0 {
                    open = (keyName(line), lines)
                } else {
                    tables[tables.count - 1].fields.append(.init(name: keyName(line), value: lines.joined(separator: "\n") + "\n"))
                }
            }
        }
        if let open { tables[tables.count - 1].fields.append(.init(name: open.key, value: open.lines.joined(separator: "\n") + "\n")) }
        flushPending(as: trailingField)
        var seen: [String: Int] = [:]  // tables with the same identity are told apart by their order
        for index in tables.indices where index > 0 {
            let identity = self.identity(of: tables[index])
            seen[identity, default: 0] += 1
            tables[index].key = identity + (seen[identity]! > 1 ? " #\(seen[identity]!)" : "")
        }
        if tables[0].fields.isEmpty { tables.removeFirst() }
        return tables
    }
}

extension TOMLTableMerge {
    /// `[[shift]] 白班`, `[[rotation]] teams 南门`, `[rules]`.
    static func identity(of table: MergeRecord) -> String {
        let header = table.key
        let names = header == "[[rotation]]" ? ["kind", "checkpoint"] : ["name"]
        let values = names.compactMap { name in table.fields.first { $0.name == name }.map { stringValue($0.value) } }
        return ([header] + values).joined(separator: " ")
    }

    /// The header as written, without spaces or a comment: `[[shift]]`.
    static func headerName(_ line: String) -> String {
        let close = line.hasPrefix("[[") ? "]]" : "]"
        guard let end = line.range(of: close) else { return line }
        let inside = line[line.index(line.startIndex, offsetBy: close.count)..<end.lowerBound].trimmingWhitespace()
        return (close == "]]" ? "[[" : "[") + inside + close
    }

    /// The key of a `key = value` line (quotes dropped).
    static func keyName(_ line: String) -> String {
        let key = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return key.trimmingWhitespace().trimmingCharacters(in: ["\"", "'"])
    }

    /// The text of a `key = "value"` line's string (the raw value when it is not a string).
    static func stringValue(_ text: String) -> String {
        let lastLine = text.split(separator: "\n").last.map(String.init) ?? ""
        let parts = lastLine.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let value = parts.count == 2 ? parts[1].trimmingWhitespace() : ""
        guard value.hasPrefix("\"") else { return value }
        var out = ""
        var escaped = false
        for character in value.dropFirst() {
            if escaped { out.append(character); escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { break } else { out.append(character) }
        }
        return out
    }

    /// How many more `[` than `]` a line opens, outside strings and comments.
    static func bracketDepth(_ line: String) -> Int {
        var depth = 0
        var quote: Character?
        var escaped = false
        for character in line {
            if let open = quote {
                if escaped { escaped = false } else if character == "\\" && open == "\"" { escaped = true } else if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                break
            } else if character == "[" {
                depth += 1
            } else if character == "]" {
                depth -= 1
            }
        }
        return depth
    }

    /// The lines without blank lines at either end.
    static func trimmedBlankLines(_ lines: [String]) -> [String] {
        var lines = lines
        while lines.first?.trimmingWhitespace().isEmpty == true { lines.removeFirst() }
        while lines.last?.trimmingWhitespace().isEmpty == true { lines.removeLast() }
        return lines
    }
}
