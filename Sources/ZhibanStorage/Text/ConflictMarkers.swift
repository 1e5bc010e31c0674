import ZhibanModel
#if canImport(Glibc)
import Glibc
#endif

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
        var text = text
        text.withUTF8 { bytes in
            forEachLine(of: bytes, loneCREndsLine: loneCREndsLine) { number, line in
                guard let marker = marker(in: line) else { return }
                switch marker {
                case UInt8(ascii: "<"): inConflict = true
                case UInt8(ascii: ">") where inConflict: inConflict = false; return
                default: if inConflict { return }
                }
                problems.append(Diagnostic(file: file, line: number,
                    Localized("未解决的合并冲突（git 的 <<<<<<< ======= >>>>>>> 标记）：请先在两个版本之间选定一个，删掉标记行，再打开",
                              "unresolved merge conflict (git’s <<<<<<< ======= >>>>>>> marks): choose one of the two versions, delete the mark lines, then open it again")))
            }
        }
        return problems
    }

    /// The marker byte when `line` is a conflict marker line: seven of `<`, `|` or `>` followed
    /// by nothing or a space, or exactly seven `=` (then only spaces and tabs). The marks are
    /// ASCII, so the bytes tell what the scalars would.
    private static func marker(in line: Slice<UnsafeBufferPointer<UInt8>>) -> UInt8? {
        guard let first = line.first, first == UInt8(ascii: "<") || first == UInt8(ascii: "|")
            || first == UInt8(ascii: ">") || first == UInt8(ascii: "=") else { return nil }
        guard line.prefix(while: { $0 == first }).count == 7 else { return nil }
        let rest = line.dropFirst(7)
        if first == UInt8(ascii: "=") { return rest.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } ? first : nil }
        return rest.isEmpty || rest.first == UInt8(ascii: " ") ? first : nil
    }

    /// Whether a line starting with this byte can be a conflict mark.
    private static func isMarkStart(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">")
    }

    /// Calls `body` with the lines of `bytes` that can be marks (1-based number, bytes without the
    /// line end): every line, where there is a CR.
    /// CR and LF never occur inside a multi-byte UTF-8 character.
    private static func forEachLine(of bytes: UnsafeBufferPointer<UInt8>, loneCREndsLine: Bool,
                                    _ body: (Int, Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
        let (cr, lf) = (UInt8(ascii: "\r"), UInt8(ascii: "\n"))
        // Without a CR (files zhiban writes), lines end at LF alone: hop from one to the next with
        // memchr (vectorised) instead of looking at every byte, and show `body` only the lines
        // that can be marks (they start with < | = >).
        if let base = bytes.baseAddress, memchr(base, Int32(cr), bytes.count) == nil {
            var number = 1
            var start = 0
            while start <= bytes.count {
                var end = bytes.count
                if start < bytes.count, let found = memchr(base + start, Int32(lf), bytes.count - start) {
                    end = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                }
                if end > start, isMarkStart(bytes[start]) { body(number, bytes[start..<end]) }
                number += 1
                start = end + 1
            }
            return
        }
        var number = 1
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte > cr { index += 1; continue }  // neither CR nor LF: almost every byte
            let crlf = byte == cr && index + 1 < bytes.count && bytes[index + 1] == lf
            if byte == lf || crlf || (byte == cr && loneCREndsLine) {
                body(number, bytes[start..<index])
                number += 1
                index += crlf ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        body(number, bytes[start...])
    }
}
