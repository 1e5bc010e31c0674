/// A day of the week, Monday first as on Chinese calendars.
public enum Weekday: Int, CaseIterable, Hashable, Sendable, Comparable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// Short Chinese name: `周一` … `周日`.
    public var chineseShort: String { "周" + Weekday.chineseDigits[rawValue - 1] }
    /// Long Chinese name: `星期一` … `星期日`.
    public var chineseLong: String { "星期" + Weekday.chineseDigits[rawValue - 1] }
    /// English name: `Monday` … `Sunday`.
    public var english: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue - 1]
    }
    /// Three-letter English name: `Mon` … `Sun`.
    public var englishShort: String { String(english.prefix(3)) }

    /// Reads `周一`, `星期一`, `礼拜一`, `周天`/`星期天`, `Mon`, `Monday` (any case).
    public init?(parsing text: String) {
        let t = text.trimmingWhitespace()
        for prefix in ["周", "星期", "礼拜"] where t.hasPrefix(prefix) {
            let rest = String(t.dropFirst(prefix.count))
            if rest == "天" { self = .sunday; return }
            if let index = Weekday.chineseDigits.firstIndex(of: rest) { self.init(rawValue: index + 1); return }
        }
        let lower = t.lowercased()
        guard lower.count >= 3,
              let match = Weekday.allCases.first(where: { $0.english.lowercased().hasPrefix(lower) }) else { return nil }
        self = match
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }

    private static let chineseDigits = ["一", "二", "三", "四", "五", "六", "日"]
}
