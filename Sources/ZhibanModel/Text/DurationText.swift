import Foundation

/// Durations as people write them in the roster file: `8h`, `12h`, `7h59m`, `90m`.
public enum DurationText {
    /// The longest duration a rule may hold: a week. Longer means nothing for a rest or a day's
    /// duty, and keeps the planner's minute arithmetic far from overflowing (fuzzing found
    /// `min_rest = "999999999999999999h"` trapping on overflow here).
    public static let maximumMinutes = 7 * 24 * 60

    /// Minutes for `8h`, `7h59m`, `90m` (also `8小时`), at most `maximumMinutes`; nil for anything else.
    public static func minutes(_ text: String) -> Int? {
        var rest = Substring(text.trimmingWhitespace().replacingOccurrences(of: "小时", with: "h")
            .replacingOccurrences(of: "分钟", with: "m").replacingOccurrences(of: "分", with: "m"))
        guard !rest.isEmpty else { return nil }
        var total = 0
        for (unit, factor) in [("h", 60), ("m", 1)] {
            guard let index = rest.firstIndex(of: Character(unit)) else { continue }
            guard let value = Int(rest[..<index]), value >= 0, value <= maximumMinutes else { return nil }
            total += value * factor
            rest = rest[rest.index(after: index)...]
        }
        return rest.isEmpty && total <= maximumMinutes ? total : nil
    }

    /// `8h`, `7h59m`, `45m`: the shortest way to write `minutes`.
    public static func text(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        if rest == 0 { return "\(hours)h" }
        return hours == 0 ? "\(rest)m" : "\(hours)h\(rest)m"
    }
}
