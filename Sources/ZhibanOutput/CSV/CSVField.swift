import ZhibanModel

/// One CSV field as Excel should read it (RFC 4180), and safe to open.
///
/// - Control characters are made harmless (`sanitizedForDisplay`).
/// - A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be taken by
///   a spreadsheet as a formula (CSV injection): it gets a leading `'`, which Excel and WPS
///   show as text.
/// - A field holding a comma or a double quote is quoted, quotes doubled (line breaks are
///   already spaces by then).
public enum CSVField {
    /// The characters that make a spreadsheet read a field as a formula when they come first.
    public static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The field as written in the file.
    public static func encode(_ raw: String) -> String {
        let clean = raw.sanitizedForDisplay
        let startsFormula = [raw.unicodeScalars.first, clean.unicodeScalars.first].contains { scalar in
            scalar.map { formulaTriggers.contains(Character($0)) } ?? false
        }
        let guarded = startsFormula ? "'" + clean : clean
        guard guarded.contains(where: { $0 == "," || $0 == "\"" }) else {
            return guarded
        }
        return "\"" + guarded.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A record: the fields joined by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(encode).joined(separator: ",") + "\r\n"
    }
}
