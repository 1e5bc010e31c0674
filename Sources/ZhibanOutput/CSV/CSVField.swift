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
    /// The field as written in the file (`spreadsheetSafe`, then quoted by Unicode scalar).
    public static func encode(_ raw: String) -> String {
        let guarded = raw.spreadsheetSafe
        return CSVQuoting.needsQuotes(guarded) ? CSVQuoting.quoted(guarded) : guarded
    }

    /// A record: the fields joined by commas, ended by CRLF.
    public static func record(_ fields: [String]) -> String {
        fields.map(encode).joined(separator: ",") + "\r\n"
    }
}
