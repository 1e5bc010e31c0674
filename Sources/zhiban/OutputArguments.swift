import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanOutput

extension SheetGrouping: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// Dates given on the command line: `2022-04-07`, `4-7`, `4月7日`, `+1`, `今天`, or a range
/// `2022-04-07..2022-04-09` (`4-7..4-9`).
enum DateArgument {
    /// Parses one date as organizers type it (`DateInput`): `2022-04-07`, `4-7`, `4/7`, `4月7日`,
    /// `+1`, `today`/`今天`. A date without a year is the one nearest the roster's planned dates
    /// (today when it plans today, or nothing; the machine's today without a roster); `+N` counts
    /// from today. The message names what was typed and the forms read.
    static func date(_ text: String, for roster: Roster?, language: Language) throws -> LocalDate {
        let today = roster.map { self.today(in: $0.settings.timeZone) } ?? LocalDate.today(inTimeZone: TimeZone.current.identifier)
        let near = roster?.dutyDateRange.map { min(max(today, $0.lowerBound), $0.upperBound) } ?? today
        guard let date = DateInput.parse(text, relativeTo: today, near: near, today: today) else {
            throw CommandFailure.failed(Localized("日期“\(text)”无效：写成 \(DateInput.forms.zh)",
                                                  "invalid date “\(text)”: write \(DateInput.forms.en)")(language))
        }
        return date
    }

    /// Parses `DATE` or `FROM..TO` (inclusive), each read as `date(_:for:language:)` reads it.
    static func range(_ text: String, for roster: Roster?, language: Language) throws -> ClosedRange<LocalDate> {
        let parts = text.components(separatedBy: "..")
        guard parts.count <= 2 else {
            throw CommandFailure.failed(Localized("日期范围“\(text)”无效，应为 FROM..TO", "invalid range “\(text)”, expected FROM..TO")(language))
        }
        return try range(from: date(parts[0], for: roster, language: language), to: date(parts.last!, for: roster, language: language),
                         language: language)
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
