import ZhibanModel

/// The text rules of iCalendar (RFC 5545): escaping of TEXT values, line folding, CRLF.
public enum ICalendarText {
    /// The longest a content line may be, in octets, not counting its CRLF (RFC 5545 §3.1).
    public static let maximumLineOctets = 75

    /// A TEXT value (§3.3.11): control characters made harmless, then `\`, `;` and `,` escaped
    /// with a backslash and each line break written `\n`.
    public static func escape(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var result = ""
            for character in String(line).sanitizedForDisplay {
                switch character {
                case "\\": result += "\\\\"
                case ";": result += "\\;"
                case ",": result += "\\,"
                default: result.append(character)
                }
            }
            return result
        }.joined(separator: "\\n")
    }

    /// A content line folded to at most 75 octets per physical line, each continuation starting
    /// with one space; never splits a UTF-8 encoded character. Lines end with CRLF.
    public static func fold(_ line: String) -> String {
        var output = ""
        var current = ""
        var octets = 0
        var limit = maximumLineOctets
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                output += current + "\r\n"
                current = " "
                octets = 1
                limit = maximumLineOctets
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        return output + current + "\r\n"
    }
}
