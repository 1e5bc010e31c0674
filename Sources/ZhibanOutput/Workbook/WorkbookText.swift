/// Text as it goes into the XML parts of a workbook.
enum WorkbookText {
    /// `text` escaped for XML content or a quoted attribute. Control characters other than tab
    /// and line breaks cannot be written in XML 1.0 at all, so they are dropped (Excel would
    /// refuse the whole file otherwise).
    static func xml(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A number as written in a cell: integers without a decimal point.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A sheet name Excel accepts: none of `: \ / ? * [ ]`, not starting or ending with `'`,
    /// 1 to 31 characters, and unlike (ignoring case) every name in `taken`.
    static func sheetName(_ wanted: String, taken: [String]) -> String {
        var base = String(wanted.map { ":\\/?*[]".contains($0) || $0.isNewline ? "_" : $0 })
        base = base.trimmingCharacters(in: "'")
        if base.isEmpty { base = "Sheet" }
        let used = Set(taken.map { $0.lowercased() })
        var candidate = String(base.prefix(31))
        var number = 2
        while used.contains(candidate.lowercased()) {
            let suffix = "(\(number))"
            candidate = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return candidate
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
