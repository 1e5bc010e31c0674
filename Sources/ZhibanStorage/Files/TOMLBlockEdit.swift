/// Rewrites one table of `roster.toml` for a changed record key by key, so a comment inside the
/// table survives: a key whose value did not change keeps its lines as written (a comment at
/// their end too), a changed key gets its canonical line in its place, a key no longer written
/// goes, a new key goes at the end of the table; comment and blank lines stay where they are.
enum TOMLBlockEdit {
    /// The table `body` as written (its header line first when `hasHeader`) edited from
    /// `before` to `after`, the canonical text (`RosterTOMLWriter`) of the record as read from
    /// it and as it is now.
    static func edited(_ body: String, hasHeader: Bool, before: String, after: String) -> String {
        let oldLines = keyLines(before, hasHeader: hasHeader)
        let newLines = keyLines(after, hasHeader: hasHeader)
        var lines = self.lines(body)[...]
        var out = hasHeader ? String(lines.popFirst() ?? "") : ""
        var written: Set<String> = []
        var current: String?  // the key whose value the lines belong to, nil once it is left out
        for line in lines {
            let trimmed = line.trimmingWhitespace()
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                out += line
            } else if let key = key(of: trimmed) {
                current = key
                guard let new = newLines.first(where: { $0.key == key })?.line else { current = nil; continue }
                written.insert(key)
                if new == oldLines.first(where: { $0.key == key })?.line {
                    out += line
                } else {
                    out += new
                    current = nil
                }
            } else if current != nil {
                out += line  // the rest of an unchanged value written over several lines
            }
        }
        let added = newLines.filter { !written.contains($0.key) }.map(\.line).joined()
        if !added.isEmpty && !out.isEmpty && !out.hasSuffix("\n") { out += "\n" }
        return out + added
    }

    /// The lines of `text`, each with its line end.
    static func lines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.startIndex
        // "\r\n" is one Character, so it is found as a whole.
        for index in text.indices where text[index] == "\n" || text[index] == "\r\n" {
            lines.append(text[start...index])
            start = text.index(after: index)
        }
        if start < text.endIndex { lines.append(text[start...]) }
        return lines
    }

    /// The `key = value` lines of a canonical table, by key, in order.
    private static func keyLines(_ text: String, hasHeader: Bool) -> [(key: String, line: String)] {
        lines(text).dropFirst(hasHeader ? 1 : 0).compactMap { line in
            key(of: line.trimmingWhitespace()).map { ($0, String(line)) }
        }
    }

    /// The key a line starts with (`name = …`, `"name" = …`), nil for any other line.
    private static func key(of line: String) -> String? {
        guard let equals = line.firstIndex(of: "=") else { return nil }
        let key = line[..<equals].trimmingWhitespace()
        if key.count >= 2, let quote = key.first, quote == "\"" || quote == "'", key.last == quote {
            return String(key.dropFirst().dropLast())
        }
        let bare = key.unicodeScalars.allSatisfy {
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
        return bare && !key.isEmpty ? key : nil
    }
}
