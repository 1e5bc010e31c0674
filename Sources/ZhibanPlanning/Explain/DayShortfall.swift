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
    public var description: String { text(.zh) }

    /// The shortfall said in one language.
    public func text(_ language: Language) -> String {
        let empty = needed - filled
        var text = Localized("\(date) 排不满：需要 \(needed) 人次，只排了 \(filled) 人次，空 \(empty) 个（不靠违反规则凑人）",
                             "\(date) cannot be filled: \(needed) places needed, \(filled) filled, \(empty) empty (no rule is broken to fill them)")(language)
        if !unavailable.isEmpty {
            text += Localized("；当天不能值班：" + unavailable.joined(separator: "、"), "; unavailable that day: " + unavailable.joined(separator: ", "))(language)
        }
        return text
    }
}
