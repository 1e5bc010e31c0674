import ZhibanModel

/// Breaks text into lines of a display width: Chinese may break between any two characters,
/// a Latin word moves whole to the next line when it can.
enum TextWrapping {
    /// The lines of `text` at most `columns` wide (one empty line for empty text).
    static func lines(_ text: String, columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        var width = 0
        for character in text {
            let characterWidth = DisplayWidth.of(character)
            if width + characterWidth > columns, !line.isEmpty {
                var carried = ""
                if character != " ", let space = line.lastIndex(of: " "), space != line.startIndex,
                   line[line.index(after: space)...].allSatisfy({ $0.isASCII && $0 != " " }) {
                    carried = String(line[line.index(after: space)...])
                    line = String(line[..<space])
                }
                lines.append(line)
                line = carried
                width = carried.displayWidth
                if character == " ", line.isEmpty { continue }
            }
            line.append(character)
            width += characterWidth
        }
        lines.append(line)
        return lines
    }
}
