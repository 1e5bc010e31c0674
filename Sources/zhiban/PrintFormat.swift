import ArgumentParser
import Foundation
import ZhibanOutput

/// The formats `zhiban print --format` and `zhiban report hours --format` take: the text formats
/// (`OutputFormat`), and `xlsx`, an Excel/WPS workbook, which is bytes rather than text and so no
/// `OutputFormat`.
enum PrintFormat: String, CaseIterable, ExpressibleByArgument {
    case text, markdown, csv, html, xlsx

    /// The text format this is, or nil for the workbook.
    var textFormat: OutputFormat? { OutputFormat(rawValue: rawValue) }

    /// Refuses a workbook bound for a terminal: without `-o` it would spill binary onto the screen.
    func validate(output: String?) throws {
        if self == .xlsx && output == nil && isatty(STDOUT_FILENO) == 1 {
            throw ValidationError("--format xlsx 是二进制工作簿，请用 -o 文件.xlsx 写入文件 / a workbook is binary: give -o FILE.xlsx")
        }
    }
}
