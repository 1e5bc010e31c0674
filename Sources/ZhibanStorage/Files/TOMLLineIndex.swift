import Foundation
import ZhibanModel

/// Where tables and keys sit in a TOML text, for `file:line:` messages (the TOML parser gives
/// values but not their places).
struct TOMLLineIndex {
    /// One table as written: its header line and the line of each key in it.
    struct Table {
        var headerLine: Int
        var keyLines: [String: Int] = [:]
    }

    /// Tables by header name (`checkpoint` for `[[checkpoint]]`), in file order; top-level keys under "".
    private(set) var tables: [String: [Table]] = ["": [Table(headerLine: 1)]]

    init(text: String) {
        var current = ""
        // Split on the scalar "\n": a CRLF line keeps its "\r", which trimming drops. (Comparing
        // Characters instead would normalise every Chinese one.)
        let rawLines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        for (offset, rawLine) in rawLines.enumerated() {
            let line = Substring(rawLine).trimmingWhitespace()
            let number = offset + 1
            if line.hasPrefix("[") {
                let header = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                current = header.trimmingCharacters(in: CharacterSet(charactersIn: "[] \t"))
                tables[current, default: []].append(Table(headerLine: number))
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = line[..<equals].trimmingWhitespace().trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                // In place: copying the list out and back costs the whole list for every key.
                if let last = tables[current]?.indices.last, tables[current]?[last].keyLines[key] == nil {
                    tables[current]?[last].keyLines[key] = number
                }
            }
        }
    }

    /// The line of `key` in the `index`-th table named `table`, or of the table's header.
    func line(table: String, index: Int, key: String? = nil) -> Int {
        guard let list = tables[table], index < list.count else { return 1 }
        if let key, let line = list[index].keyLines[key] { return line }
        return list[index].headerLine
    }
}
