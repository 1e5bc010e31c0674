/// The formats `zhiban print` writes.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned plain text for a terminal or `lp` (the default).
    case text
    /// Markdown pipe tables.
    case markdown
    /// CSV for Excel or WPS.
    case csv
    /// One self-contained HTML page, printable on A4.
    case html

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .text: return "txt"
        case .markdown: return "md"
        case .csv: return "csv"
        case .html: return "html"
        }
    }
}
