import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanOutput

extension SheetGrouping: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Dates given on the command line: `2022-04-07` or `2022-04-07..2022-04-09`.
enum DateArgument {
    /// Parses one date; the message names what was typed and the form expected.
    static func date(_ text: String, language: Language) throws -> LocalDate {
        guard let date = LocalDate(parsing: text) else {
            throw CommandFailure.failed(Localized("日期“\(text)”无效，应为 YYYY-MM-DD", "invalid date “\(text)”, expected YYYY-MM-DD")(language))
        }
        return date
    }

    /// Parses `DATE` or `FROM..TO` (inclusive).
    static func range(_ text: String, language: Language) throws -> ClosedRange<LocalDate> {
        let parts = text.components(separatedBy: "..")
        guard parts.count <= 2 else {
            throw CommandFailure.failed(Localized("日期范围“\(text)”无效，应为 FROM..TO", "invalid range “\(text)”, expected FROM..TO")(language))
        }
        return try range(from: date(parts[0], language: language), to: date(parts.last!, language: language), language: language)
    }

    /// A range from two dates, refusing one that ends before it starts.
    static func range(from first: LocalDate, to last: LocalDate, language: Language) throws -> ClosedRange<LocalDate> {
        guard first <= last else {
            throw CommandFailure.failed(Localized("结束日期 \(last) 早于开始日期 \(first)", "the range ends (\(last)) before it starts (\(first))")(language))
        }
        return first...last
    }

    /// Today in the roster's time zone (or the system's, when the roster names an unknown one).
    static func today(in timeZone: String) -> LocalDate { LocalDate.today(inTimeZone: timeZone) }
}

/// Where a command's output goes: standard output, or a file written whole (`OutputFile`:
/// temporary file and rename), bytes exactly as made (CRLF and byte-order marks kept).
enum OutputDestination {
    /// Writes `text` to `path`, or to standard output when `path` is nil. A file that holds
    /// phone numbers is made owner-only.
    static func write(_ text: String, to path: String?, holdsPhones: Bool = false) throws {
        try write(bytes: Array(text.utf8), to: path, holdsPhones: holdsPhones)
    }

    /// Writes `bytes` (a text in UTF-8, or a workbook) to `path`, or to standard output when
    /// `path` is nil. A file that holds phone numbers is made owner-only.
    static func write(bytes: [UInt8], to path: String?, holdsPhones: Bool = false) throws {
        guard let path else { return Console.write(document: bytes) }
        do {
            try OutputFile.write(bytes: bytes, to: URL(fileURLWithPath: path), ownerOnly: holdsPhones)
        } catch {
            throw CommandFailure.failed("无法写入 \(path) / cannot write \(path): \(error)")
        }
    }
}
