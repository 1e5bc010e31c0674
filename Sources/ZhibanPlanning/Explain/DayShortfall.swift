import ZhibanModel

/// A date whose places cannot all be filled without breaking a rule, said plainly.
public struct DayShortfall: Hashable, Sendable, CustomStringConvertible {
    /// The date.
    public let date: LocalDate
    /// Person-places needed that day (in the planned checkpoints).
    public let needed: Int
    /// Person-places filled.
    public let filled: Int
    /// People who could have been asked but cannot serve that day, in file order.
    public let unavailable: [String]

    /// Creates a shortfall.
    public init(date: LocalDate, needed: Int, filled: Int, unavailable: [String]) {
        self.date = date
        self.needed = needed
        self.filled = filled
        self.unavailable = unavailable
    }

    /// `2022-04-05 排不满：需要 12 人次，只排了 11 人次，空 1 个（不靠违反规则凑人）；当天不能值班：董秀宇`.
    public var description: String {
        var text = "\(date) 排不满：需要 \(needed) 人次，只排了 \(filled) 人次，空 \(needed - filled) 个（不靠违反规则凑人）"
        if !unavailable.isEmpty { text += "；当天不能值班：" + unavailable.joined(separator: "、") }
        return text
    }
}
