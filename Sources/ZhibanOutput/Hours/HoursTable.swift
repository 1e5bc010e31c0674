import ZhibanModel
import ZhibanPlanning

/// The 志愿服务时数一览表 as a table, before it is written in a format: a title, the period,
/// one row per person who had anything in the period (or per team or unit), a total row, and the days not yet closed, counted apart.
///
/// Hours are written as decimals (`7.5`); nights, absences and substitutions as counts.
public struct HoursTable: Hashable, Sendable {
    /// `春谷社区疫情防控值班表 志愿服务时数一览表`.
    public let title: String
    /// `2022-04-01 至 2022-04-30`, or nothing counted.
    public let period: String
    /// The column headers.
    public let header: [String]
    /// Which columns hold numbers (aligned right).
    public let numberColumns: Set<Int>
    /// The rows, then the total row last.
    public let rows: [[String]]
    /// What is said about the days not yet closed (empty when every day is closed).
    public let unconfirmedNote: String
    /// Records that could not be counted, as `file:line: message`.
    public let problems: [String]

    /// Lays out a tally.
    public init(title: String, tally: ServedTally, grouping: HoursGrouping) {
        self.title = title + " 志愿服务时数一览表"
        period = tally.dates.map { "\($0.lowerBound) 至 \($0.upperBound)" } ?? "（所选日期都还没到，没有可统计的）"
        let figures = ["值班次数", "服务时长（小时）", "夜班", "缺岗", "替别人", "被替班", "加班", "未确认班次"]
        let leading: [String]
        let rows: [ServedPerson]
        switch grouping {
        case .person:
            leading = ["姓名", "队伍", "单位"]
            rows = tally.people.filter { $0.duties + $0.absences + $0.substitutionsReceived + $0.unconfirmedDuties > 0 }
        case .team:
            leading = ["队伍"]
            rows = tally.grouped(by: \.team)
        case .unit:
            leading = ["单位"]
            rows = tally.grouped(by: \.unit)
        }
        header = leading + figures
        numberColumns = Set(leading.count..<header.count)
        let body = rows.map { row -> [String] in
            let names: [String]
            switch grouping {
            case .person: names = [row.name, row.team, row.unit]
            case .team, .unit: names = [row.name.isEmpty ? "（未填）" : row.name]
            }
            return names + HoursTable.figures(row)
        }
        let total = [tally.total.name] + Array(repeating: "", count: leading.count - 1) + HoursTable.figures(tally.total)
        self.rows = body + [total]
        unconfirmedNote = HoursTable.note(tally)
        problems = tally.problems.map(\.description)
    }

    private static func figures(_ row: ServedPerson) -> [String] {
        ["\(row.duties)", Hours.decimal(row.minutes), "\(row.nights)", "\(row.absences)", "\(row.substitutionsMade)",
         "\(row.substitutionsReceived)", "\(row.extras)", "\(row.unconfirmedDuties)"]
    }

    private static func note(_ tally: ServedTally) -> String {
        guard !tally.unconfirmedDates.isEmpty else { return "" }
        let dates = tally.unconfirmedDates.map(\.description).joined(separator: "、")
        let hours = Hours.decimal(tally.total.unconfirmedMinutes)
        return "未确认：\(dates) 尚未确认当天（zhiban close），其中没有记录的 \(tally.total.unconfirmedDuties) 个班次"
            + "（\(hours) 小时）另列在“未确认班次”，没有计入服务时长。"
    }

    /// The lines under the table where the person in charge signs and stamps.
    public static let signatureLines = ["负责人签字：____________________", "盖章：", "日期：______年____月____日"]
}
