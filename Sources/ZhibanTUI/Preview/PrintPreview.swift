import ZhibanModel
import ZhibanOutput

/// The print of the current view as `zhiban print` would write it, to read before writing it to
/// a file or sending it to the printer.
public struct PrintPreview: Sendable {
    /// The text printed.
    public let contents: String
    /// Where `w` writes it, relative to the roster folder.
    public let path: String
    /// The first line shown.
    public internal(set) var scroll = 0

    /// The lines shown (form feeds between pages become a marked line).
    var lines: [String] {
        contents.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.contains("\u{0C}") ? String(repeating: "- ", count: 20) : String(line)
        }
    }

    /// The print of `dates`, grouped as asked, as wide as `width`.
    init(roster: Roster, dates: ClosedRange<LocalDate>, grouping: SheetGrouping, width: Int) {
        contents = PrintJob(roster: roster, dates: dates, grouping: grouping, format: .text,
                            options: PrintOptions(width: max(40, width))).render()
        let range = dates.lowerBound == dates.upperBound ? "\(dates.lowerBound)" : "\(dates.lowerBound)_\(dates.upperBound)"
        path = "print/\(range)-\(grouping.rawValue).txt"
    }
}
