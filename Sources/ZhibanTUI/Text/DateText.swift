import ZhibanModel

/// How the interface writes dates: `4月7日 周四` in Chinese, `Thu 7 Apr` in English.
public enum DateText {
    /// Month and day with the weekday.
    public static func long(_ date: LocalDate, _ language: Language) -> String {
        switch language {
        case .zh: return "\(date.month)月\(date.day)日 \(date.weekday.chineseShort)"
        case .en: return "\(date.weekday.englishShort) \(date.day) \(monthNames[date.month - 1])"
        }
    }

    /// Month and day only: `4月7日`, `7 Apr`.
    public static func short(_ date: LocalDate, _ language: Language) -> String {
        switch language {
        case .zh: return "\(date.month)月\(date.day)日"
        case .en: return "\(date.day) \(monthNames[date.month - 1])"
        }
    }

    /// The year and month: `2022年4月`, `Apr 2022`.
    public static func month(_ date: LocalDate, _ language: Language) -> String {
        switch language {
        case .zh: return "\(date.year)年\(date.month)月"
        case .en: return "\(monthNames[date.month - 1]) \(date.year)"
        }
    }

    /// The one-character weekday used in narrow columns: `四`, `T`.
    public static func weekdayLetter(_ date: LocalDate, _ language: Language) -> String {
        switch language {
        case .zh: return String(date.weekday.chineseShort.dropFirst())
        case .en: return String(date.weekday.english.prefix(1))
        }
    }

    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
