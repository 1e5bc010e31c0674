import ZhibanModel

/// Finds the marks git leaves in a file when a merge could not be finished (`<<<<<<< HEAD`,
/// `|||||||`, `=======`, `>>>>>>> branch`). Read as data they turn into volunteers named
/// `<<<<<<< HEAD`, a bad date or a TOML syntax error, and a save would write them back; so any
/// file holding one is refused, every conflict at its own line.
enum ConflictMarkers {
    /// One problem per conflict in `text`, at the line of its `<<<<<<<` (or at a marker line
    /// standing alone, when the opening one was deleted). Lines end at LF and CRLF, and at a lone
    /// CR when `loneCREndsLine` (as `CSVParser` counts them; TOML does not).
    static func problems(in text: String, file: String, loneCREndsLine: Bool = true) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var inConflict = false
        for (offset, line) in lines(of: text, loneCREndsLine: loneCREndsLine).enumerated() {
            guard let marker = marker(in: line) else { continue }
            switch marker {
            case "<": inConflict = true
            case ">" where inConflict: inConflict = false; continue
            default: if inConflict { continue }
            }
            problems.append(Diagnostic(file: file, line: offset + 1,
                Localized("未解决的合并冲突（git 的 <<<<<<< ======= >>>>>>> 标记）：请先在两个版本之间选定一个，删掉标记行，再打开",
                          "unresolved merge conflict (git’s <<<<<<< ======= >>>>>>> marks): choose one of the two versions, delete the mark lines, then open it again")))
        }
        return problems
    }

    /// The marker character when `line` is a conflict marker line: seven of `<`, `|` or `>`
    /// followed by nothing or a space, or exactly seven `=`.
    private static func marker(in line: Substring.UnicodeScalarView) -> Character? {
        guard let first = line.first, "<|>=".unicodeScalars.contains(first) else { return nil }
        let run = line.prefix { $0 == first }
        guard run.count == 7 else { return nil }
        let rest = line.dropFirst(7)
        if first == "=" { return rest.allSatisfy { $0 == " " || $0 == "\t" } ? "=" : nil }
        return rest.isEmpty || rest.first == " " ? Character(first) : nil
    }

    /// The lines of `text`, without their line ends.
    private static func lines(of text: String, loneCREndsLine: Bool) -> [Substring.UnicodeScalarView] {
        var lines: [Substring.UnicodeScalarView] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            let crlf = scalar == "\r" && next < scalars.endIndex && scalars[next] == "\n"
            if scalar == "\n" || crlf || (scalar == "\r" && loneCREndsLine) {
                lines.append(scalars[start..<index])
                start = crlf ? scalars.index(after: next) : next
                index = start
            } else {
                index = next
            }
        }
        lines.append(scalars[start...])
        return lines
    }
}
