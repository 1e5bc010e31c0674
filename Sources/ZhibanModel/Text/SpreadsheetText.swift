/// CSV fields as spreadsheets and RFC 4180 readers split them: by Unicode scalar. A comma or a
/// quote followed by a combining mark (`,\u{301}`) is one `Character`, but still a comma or a
/// quote to the reader, so checks by Character leave such a field unquoted and shift or break
/// the row. Shared by every CSV zhiban writes: the roster's own files, prints and exports.
public enum CSVQuoting {
    /// Whether `field` must be quoted: it holds a comma, a double quote or a line break.
    public static func needsQuotes(_ field: String) -> Bool {
        field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    }

    /// `field` in double quotes, each quote inside doubled.
    public static func quoted(_ field: String) -> String {
        var out = String.UnicodeScalarView()
        out.append("\"")
        for scalar in field.unicodeScalars {
            if scalar == "\"" { out.append("\"") }
            out.append(scalar)
        }
        out.append("\"")
        return String(out)
    }
}

extension String {
    /// The text as a spreadsheet cell may safely hold it: control characters made harmless
    /// (`sanitizedForDisplay`), and a leading `'` when a spreadsheet would take the cell for a
    /// formula (CSV injection): it starts with `=`, `+`, `-`, `@`, a tab or a carriage return.
    /// Excel and WPS show the `'` as nothing and the rest as text.
    public var spreadsheetSafe: String {
        let clean = sanitizedForDisplay
        let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
        let startsFormula = [unicodeScalars.first, clean.unicodeScalars.first].contains { $0.map(triggers.contains) ?? false }
        return startsFormula ? "'" + clean : clean
    }
}
