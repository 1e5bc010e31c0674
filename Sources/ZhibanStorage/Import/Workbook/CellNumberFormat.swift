import Foundation
import ZhibanModel

/// How a number stored in a cell is shown, as far as import cares: as a plain number, as a date
/// (and time), or as a time of day. Cells carry a style index; the style names a number format,
/// built in (by id) or written out in `styles.xml` (by format code).
enum CellNumberFormat: Equatable {
    /// A number: integers come back as all their digits (a phone stays `13812345678`).
    case plain
    /// A date, a date and time, or (below 1) a time of day: a serial day count.
    case dateTime
    /// A time of day or a duration: a fraction of a day (`1` is `24:00`).
    case time

    /// The built-in format ids that show dates (including the Chinese built-ins `yyyy"年"m"月"d"日"`).
    private static let builtInDates: Set<Int> = [14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36, 50, 51, 52, 53, 54, 57, 58]
    /// The built-in format ids that show times (`h:mm`, `h"时"mm"分"`, `[h]:mm:ss`).
    private static let builtInTimes: Set<Int> = [18, 19, 20, 21, 32, 33, 34, 35, 45, 46, 47, 55, 56]

    /// The kind of the format with this id; `code` is its format code when the workbook defines it.
    init(id: Int, code: String?) {
        if let code {
            self = Self.classify(code)
        } else if Self.builtInDates.contains(id) {
            self = .dateTime
        } else if Self.builtInTimes.contains(id) {
            self = .time
        } else {
            self = .plain
        }
    }

    /// Classifies a format code by its date and time letters, outside quoted text, escapes and
    /// bracketed parts (colours, locales), looking at its first section only.
    static func classify(_ code: String) -> CellNumberFormat {
        var letters = ""
        var inQuotes = false
        var inBracket = false
        var escaped = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            if inQuotes { if character == "\"" { inQuotes = false }; continue }
            if inBracket {
                if character == "]" { inBracket = false } else if "hms".contains(character) { letters.append(character) }
                continue
            }
            switch character {
            case "\"": inQuotes = true
            case "\\", "_", "*": escaped = true
            case "[": inBracket = true
            case ";": return kind(of: letters)
            default: letters.append(character)
            }
        }
        return kind(of: letters)
    }

    private static func kind(of letters: String) -> CellNumberFormat {
        let text = letters.replacingOccurrences(of: "general", with: "")
            .replacingOccurrences(of: "e+", with: "").replacingOccurrences(of: "e-", with: "")  // 0.00E+00
        if text.contains("y") || text.contains("d") || text.contains("e") { return .dateTime }
        if text.contains("h") || text.contains("s") { return .time }
        if text.contains("m") { return .dateTime }
        return .plain
    }

    /// The text a number cell holding `value` (the XML text of its `<v>`) is imported as:
    /// `2022-04-17`, `2022-04-17 08:00`, `08:00`, `24:00`, `13812345678`, `2.5`.
    func text(_ value: String, date1904: Bool) -> String {
        guard let number = Double(value), number.isFinite else { return value }
        switch self {
        case .plain:
            return Self.plainText(number)
        case .time:
            guard number >= 0 else { return Self.plainText(number) }
            let minutes = Int((number * 1440).rounded())
            return minutes == 1440 ? "24:00" : Self.clock(minutes % 1440)
        case .dateTime:
            guard number >= 0, number < 2_958_466 else { return Self.plainText(number) }  // up to 9999-12-31
            var days = Int(number.rounded(.down))
            var minutes = Int(((number - Double(days)) * 1440).rounded())
            if minutes == 1440 { days += 1; minutes = 0 }
            guard days > 0 else { return Self.clock(minutes) }
            let date = Self.date(serial: days, date1904: date1904).description
            return minutes == 0 ? date : date + " " + Self.clock(minutes)
        }
    }

    /// A number as Excel shows it in a General cell: integers with all digits, others with up to
    /// 15 significant digits.
    static func plainText(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
        return String(format: "%.15g", number)
    }

    /// The date of a serial day number. In the 1900 system serial 1 is 1900-01-01 and Excel
    /// (after Lotus 1-2-3) counts a 29 February 1900 that never was, so from serial 61 on the
    /// day is counted from 1899-12-30; in the 1904 system serial 0 is 1904-01-01.
    static func date(serial: Int, date1904: Bool) -> LocalDate {
        if date1904 { return LocalDate(year: 1904, month: 1, day: 1)!.adding(days: serial) }
        let base = serial < 61 ? LocalDate(year: 1899, month: 12, day: 31)! : LocalDate(year: 1899, month: 12, day: 30)!
        return base.adding(days: serial)
    }

    private static func clock(_ minutes: Int) -> String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
