/// A volunteer's wish about when to serve, from the 意愿 column: `想值 白班`, `想值 周末`,
/// `不想值 夜班`, `不想值 周一`. A soft goal: the planner honours it after coverage and fairness.
public struct Wish: Hashable, Sendable, CustomStringConvertible {
    /// What the wish is about.
    public enum Target: Hashable, Sendable {
        /// A shift by name (`白班`).
        case shift(String)
        /// Night shifts (`夜班`): any shift through part of 00:00–05:00, and any shift named 夜班.
        case nights
        /// A day of the week (`周一`).
        case weekday(Weekday)
        /// Saturdays and Sundays (`周末`).
        case weekend
    }

    /// Wants to serve then (`想值`) or would rather not (`不想值`).
    public var wants: Bool
    /// When.
    public var target: Target

    /// Creates a wish.
    public init(wants: Bool, target: Target) {
        self.wants = wants
        self.target = target
    }

    /// How well a shift on a date suits these wishes: −1 for each wish against it, +1 for each wish for it.
    public static func score(of wishes: [Wish], on date: LocalDate, shift: Shift) -> Int {
        wishes.reduce(0) { $0 + ($1.concerns(date: date, shift: shift) ? ($1.wants ? 1 : -1) : 0) }
    }

    /// Whether a shift on a date is what the wish is about.
    public func concerns(date: LocalDate, shift: Shift) -> Bool {
        switch target {
        case .shift(let name): return shift.name == name
        case .nights: return shift.isNight || shift.name == Wish.nightWord
        case .weekday(let weekday): return date.weekday == weekday
        case .weekend: return date.weekday == .saturday || date.weekday == .sunday
        }
    }

    /// `想值 白班`, `不想值 周末`, as written in the file.
    public var description: String {
        let what: String
        switch target {
        case .shift(let name): what = name
        case .nights: what = Wish.nightWord
        case .weekday(let weekday): what = weekday.chineseShort
        case .weekend: what = "周末"
        }
        return (wants ? "想值 " : "不想值 ") + what
    }

    /// Reads a 意愿 cell: `;`-separated items, each `想值` or `不想值` followed by one or more of a
    /// shift name, `夜班`, a weekday or `周末` (separated by spaces, `/` or `、`; an item without
    /// `想值`/`不想值` continues the one before). Returns the wishes and the items it could not read.
    public static func parseList(_ text: String) -> (wishes: [Wish], unreadable: [String]) {
        var wishes: [Wish] = []
        var unreadable: [String] = []
        var wants: Bool?
        for item in text.splitList() {
            var rest = Substring(item)
            for (prefix, value) in [("不想值", false), ("想值", true), ("不想", false), ("想", true)] where rest.hasPrefix(prefix) {
                wants = value
                rest = rest.dropFirst(prefix.count)
                break
            }
            let words = rest.split(whereSeparator: { $0 == " " || $0 == "/" || $0 == "　" || $0 == "，" || $0 == "," })
            guard let wants, !words.isEmpty else {
                unreadable.append(item)
                continue
            }
            for word in words.map({ String($0).trimmingWhitespace() }) where !word.isEmpty {
                wishes.append(Wish(wants: wants, target: Wish.target(word)))
            }
        }
        return (wishes, unreadable)
    }

    private static func target(_ word: String) -> Target {
        if word == nightWord { return .nights }
        if word == "周末" || word.lowercased() == "weekend" { return .weekend }
        if let weekday = Weekday(parsing: word) { return .weekday(weekday) }
        return .shift(word)
    }

    private static let nightWord = "夜班"
}
