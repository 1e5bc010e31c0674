import ArgumentParser
import ZhibanOutput

/// The formats `zhiban print --format` takes: the text formats (`OutputFormat`), and `xlsx`, an
/// Excel/WPS workbook, which is bytes rather than text and so no `OutputFormat`.
enum PrintFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, csv, html, xlsx

    /// The text format this is, or nil for the workbook.
    var textFormat: OutputFormat? { OutputFormat(rawValue: rawValue) }
}
