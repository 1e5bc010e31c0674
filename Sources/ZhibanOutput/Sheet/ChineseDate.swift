import ZhibanModel

/// Dates written the way a Chinese sheet or chat message writes them.
public enum ChineseDate {
    /// `2022年4月7日 星期四`.
    public static func long(_ date: LocalDate) -> String {
        "\(date.year)年\(date.month)月\(date.day)日 \(date.weekday.chineseLong)"
    }

    /// `4月8日 周五`.
    public static func short(_ date: LocalDate) -> String {
        monthDay(date) + " " + date.weekday.chineseShort
    }

    /// `4月8日`.
    public static func monthDay(_ date: LocalDate) -> String { "\(date.month)月\(date.day)日" }

    /// `2022年4月7日 星期四` for one date, `2022年4月7日 星期四 至 2022年4月9日 星期六` for a range.
    public static func period(_ dates: ClosedRange<LocalDate>) -> String {
        dates.lowerBound == dates.upperBound
            ? long(dates.lowerBound) : long(dates.lowerBound) + " 至 " + long(dates.upperBound)
    }
}
