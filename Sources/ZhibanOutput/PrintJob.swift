import Foundation
import ZhibanModel

/// One print of a roster: which dates, grouped how, in which format. A pure value: `render()`
/// gives the same bytes for the same roster, so the CLI writes it and the TUI previews it.
///
/// ```swift
/// let text = PrintJob(roster: roster, dates: day...day, grouping: .checkpoint, format: .text,
///                     options: PrintOptions(width: 60)).render()
/// ```
public struct PrintJob: Sendable {
    /// The roster printed.
    public var roster: Roster
    /// The dates printed, inclusive.
    public var dates: ClosedRange<LocalDate>
    /// How sections are cut.
    public var grouping: SheetGrouping
    /// The format written.
    public var format: OutputFormat
    /// Phones, width, byte-order mark.
    public var options: PrintOptions
    /// Handover notes printed under the sheet (text, Markdown and HTML; CSV is for data only).
    public var handovers: [String] = []

    /// Creates a print job.
    public init(
        roster: Roster, dates: ClosedRange<LocalDate>, grouping: SheetGrouping = .date, format: OutputFormat = .text,
        options: PrintOptions = PrintOptions()
    ) {
        self.roster = roster
        self.dates = dates
        self.grouping = grouping
        self.format = format
        self.options = options
    }

    /// The sheet, before it is written in a format.
    public var sheet: RosterSheet {
        SheetBuilder(roster: roster, includePhone: options.includePhone).sheet(dates: dates, grouping: grouping)
    }

    /// The print, in its format.
    public func render() -> String {
        let sheet = self.sheet
        let notes = handovers.map(\.sanitizedForDisplay)
        switch format {
        case .text: return TextSheetRenderer(width: options.width).render(sheet) + notes.map { $0 + "\n" }.joined()
        case .markdown:
            return MarkdownSheetRenderer().render(sheet) + (notes.isEmpty ? "" : "\n" + notes.map { $0.markdownEscaped + "  \n" }.joined())
        case .csv: return CSVSheetRenderer(byteOrderMark: options.byteOrderMark).render(sheet)
        case .html:
            let page = HTMLSheetRenderer().render(sheet)
            guard !notes.isEmpty, let end = page.range(of: "</body>", options: .backwards) else { return page }
            let block = "<section class=\"sheet\">\n" + notes.map { "<p>\($0.htmlEscaped)</p>\n" }.joined() + "</section>\n"
            return page.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: block)
        }
    }
}
