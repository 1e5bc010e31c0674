import ZhibanModel

/// Formats durations in minutes as people say them: `8 小时`, `7 小时 59 分`, `45 分`
/// (in English `8 h`, `7 h 59 min`, `45 min`).
public enum Hours {
    /// `12 小时`, `7 小时 59 分`, `30 分`; in English `12 h`, `7 h 59 min`, `30 min`.
    public static func text(_ minutes: Int, _ language: Language = .zh) -> String {
        let sign = minutes < 0 ? "-" : ""
        let total = abs(minutes)
        let (hours, rest) = (total / 60, total % 60)
        let (hourUnit, minuteUnit) = language == .zh ? ("小时", "分") : ("h", "min")
        if rest == 0 { return "\(sign)\(hours) \(hourUnit)" }
        if hours == 0 { return "\(sign)\(rest) \(minuteUnit)" }
        return "\(sign)\(hours) \(hourUnit) \(rest) \(minuteUnit)"
    }

    /// Both languages at once.
    static func localized(_ minutes: Int) -> Localized {
        Localized(text(minutes, .zh), text(minutes, .en))
    }

    /// Hours with at most one decimal, for tables: `12`, `9.5`, `0`.
    public static func decimal(_ minutes: Int) -> String {
        let tenths = (abs(minutes) * 10 + 30) / 60
        let sign = minutes < 0 && tenths > 0 ? "-" : ""
        return tenths % 10 == 0 ? "\(sign)\(tenths / 10)" : "\(sign)\(tenths / 10).\(tenths % 10)"
    }
}
