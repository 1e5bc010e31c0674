/// Writing TOML values by hand, so the roster file has one canonical, diff-friendly form.
enum TOMLText {
    /// A basic string with `\`, `"` and control characters escaped. NUL is left out: zhiban keeps
    /// no NUL characters, and `TOMLParser` refuses a `\u0000`.
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\0": continue
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16, uppercase: true)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// An inline array of strings: `["白班", "夜班"]`.
    static func array(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ", ") + "]" }

    /// `key = value` lines for the pairs whose value is present, in the order given.
    static func lines(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { key, value in value.map { "\(key) = \($0)\n" } }.joined()
    }
}
