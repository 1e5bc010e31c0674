import ArgumentParser
import ZhibanModel
import ZhibanPlanning

/// `zhiban stats [--from DATE] [--to DATE]`: hours, shifts, nights, longest stretch and reserve
/// calls per team and per person, and coverage per checkpoint.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "统计：工时、夜班、连续值班、支援、覆盖 / Hours, nights, stretches, reserve calls, coverage.",
        discussion: "默认统计有值班的所有日期 / Defaults to the dates that have duties."
    )

    @OptionGroup var options: RosterOptions
    @OptionGroup var dates: DateRangeOptions

    func run() throws {
        let (from, to) = try dates.parsed()
        let roster = try options.openStore(readOnly: true).roster
        let stats = RosterStats(roster, from: from, to: to)
        guard let range = stats.dates else {
            print("没有值班记录，没有可统计的。")
            return
        }
        print(lines: ["统计 \(range.lowerBound) 至 \(range.upperBound)（时长单位：小时）", "", "队伍"] + teamLines(stats)
               + ["", "人员（只列有值班的队伍）"] + personLines(stats) + ["", "卡口覆盖"] + coverageLines(stats))
    }

    private func teamLines(_ stats: RosterStats) -> [String] {
        var table = TextColumns(header: ["队伍", "人数", "班次", "夜班", "时长", "时长差", "夜班差", "支援"], rightAligned: Set(1...7))
        table.rows = stats.teams.map { team in
            [team.name, "\(team.members)", "\(team.shifts)", "\(team.nights)", Hours.decimal(team.minutes),
             Hours.decimal(team.minutesSpread), "\(team.nightsSpread)", "\(team.reserveCalls)"]
        }
        return table.lines
    }

    private func personLines(_ stats: RosterStats) -> [String] {
        let busyTeams = Set(stats.teams.filter { $0.shifts > 0 }.map(\.name))
        var table = TextColumns(header: ["姓名", "队伍", "班次", "夜班", "时长", "最长连续", "支援"], rightAligned: Set(2...6))
        table.rows = stats.people.filter { busyTeams.contains($0.team) }.map { person in
            [person.name, person.team, "\(person.shifts)", "\(person.nights)", Hours.decimal(person.minutes),
             Hours.decimal(person.longestStretchMinutes), "\(person.reserveCalls)"]
        }
        return table.lines
    }

    private func coverageLines(_ stats: RosterStats) -> [String] {
        var table = TextColumns(header: ["卡口", "需要", "已排", "空缺"], rightAligned: Set(1...3))
        table.rows = stats.coverage.map { ["\($0.checkpoint)", "\($0.needed)", "\($0.filled)", "\($0.empty)"] }
        return table.lines
    }
}
