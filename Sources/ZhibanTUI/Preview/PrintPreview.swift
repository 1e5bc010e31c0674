import ZhibanModel
import ZhibanOutput

/// The print of the current view as `zhiban print` would write it, to read before writing it to
/// a file or sending it to the printer; with or without phone numbers (a sheet for a public
/// gate leaves them off, as `--no-phone` does).
public struct PrintPreview: Sendable {
    /// The text printed.
    public let contents: String
    /// Where `w` writes it, relative to the roster folder.
    public let path: String
    /// Whether the print shows phone numbers.
    public let includesPhones: Bool
    /// The first line shown.
    public internal(set) var scroll = 0
    /// What the print is made from, to make it again with or without phones.
    private let roster: Roster
    private let dates: ClosedRange<LocalDate>
    private let grouping: SheetGrouping
    private let width: Int

    /// The lines shown (form feeds between pages become a marked line).
    var lines: [String] {
        contents.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.contains("\u{0C}") ? String(repeating: "- ", count: 20) : String(line)
        }
    }

    /// The print of `dates`, grouped as asked, as wide as `width`.
    init(roster: Roster, dates: ClosedRange<LocalDate>, grouping: SheetGrouping, width: Int, includesPhones: Bool = true) {
        self.roster = roster
        self.dates = dates
        self.grouping = grouping
        self.width = width
        self.includesPhones = includesPhones
        contents = PrintJob(roster: roster, dates: dates, grouping: grouping, format: .text,
                            options: PrintOptions(includePhone: includesPhones, width: max(40, width))).render()
        let range = dates.lowerBound == dates.upperBound ? "\(dates.lowerBound)" : "\(dates.lowerBound)_\(dates.upperBound)"
        path = "print/\(range)-\(grouping.rawValue)\(includesPhones ? "" : "-no-phone").txt"
    }

    /// The same print with phone numbers shown if they were left off, or left off if shown.
    func togglingPhones() -> PrintPreview {
        PrintPreview(roster: roster, dates: dates, grouping: grouping, width: width, includesPhones: !includesPhones)
    }
}
