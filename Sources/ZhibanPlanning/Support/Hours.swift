/// Formats durations in minutes as people say them: `8 小时`, `7 小时 59 分`, `45 分`.
public enum Hours {
    /// `12 小时`, `7 小时 59 分`, `30 分`.
    public static func text(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        let total = abs(minutes)
        let (hours, rest) = (total / 60, total % 60)
        if rest == 0 { return "\(sign)\(hours) 小时" }
        if hours == 0 { return "\(sign)\(rest) 分" }
        return "\(sign)\(hours) 小时 \(rest) 分"
    }

    /// Hours with at most one decimal, for tables: `12`, `9.5`, `0`.
    public static func decimal(_ minutes: Int) -> String {
        let tenths = (abs(minutes) * 10 + 30) / 60
        let sign = minutes < 0 && tenths > 0 ? "-" : ""
        return tenths % 10 == 0 ? "\(sign)\(tenths / 10)" : "\(sign)\(tenths / 10).\(tenths % 10)"
    }
}
