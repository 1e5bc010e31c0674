import ArgumentParser
import ZhibanModel
import ZhibanPlanning

/// `zhiban stats [--from DATE] [--to DATE]`: hours, shifts, nights, longest stretch and reserve
/// calls per team and per person, and coverage per checkpoint.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: HelpText.text("统计：工时、夜班、连续值班、支援、覆盖", "Hours, nights, stretches, reserve calls, coverage."),
        discussion: HelpText.text("默认统计有值班的所有日期", "Defaults to the dates that have duties.")
    )

    @OptionGroup var options: RosterOptions
    @OptionGroup var dates: DateRangeOptions

    func run() throws {
        let language = options.language
        let store = try options.openStore(readOnly: true)
        let roster = store.roster
        let (from, to) = try dates.parsed(for: roster, language: language)
        let record = try ServedEntry.record(of: store, language: options.language)
        // The figures and what was served beside them are counted at once, on two cores.
        let today = DateArgument.today(in: roster.settings.timeZone)
        let (stats, served) = TwoAtOnce.run({ RosterStats(roster, from: from, to: to) }, {
            ServedBesidePlanned(roster, record: record, dates: RosterStats.dates(of: roster, from: from, to: to), today: today)
        })
        guard let range = stats.dates else {
            print(Localized("没有值班记录，没有可统计的。", "No duties: nothing to count.")(language))
            return
        }
        let (first, last) = (range.lowerBound, range.upperBound)
        let say = { (zh: String, en: String) in Localized(zh, en)(language) }
        print(lines: [say("统计 \(first) 至 \(last)（时长单位：小时）", "Statistics \(first) to \(last) (hours)"), "", say("队伍", "Teams")]
               + teamLines(stats, served, language) + ["", say("人员（只列有值班的队伍）", "People (teams with duties only)")]
               + personLines(stats, served, language) + wishLines(roster, stats, say)
               + ["", say("卡口覆盖", "Coverage")] + coverageLines(stats, language))
    }

    /// How many shifts fell as people wished, when anyone has a wish (意愿).
    private func wishLines(_ roster: Roster, _ stats: RosterStats, _ say: (String, String) -> String) -> [String] {
        guard roster.volunteers.contains(where: { !$0.wishes.isEmpty }) else { return [] }
        let (met, against) = stats.people.reduce((0, 0)) { ($0.0 + $1.wishedShifts, $0.1 + $1.unwishedShifts) }
        return ["", say("意愿：\(met) 班如愿（想值），\(against) 班违愿（不想值）", "Wishes: \(met) shifts as wished, \(against) shifts against a wish")]
    }

    /// Column headers in the language asked for.
    private func headers(_ zh: [String], _ en: [String], _ language: Language) -> [String] {
        language == .zh ? zh : en
    }

    private func teamLines(_ stats: RosterStats, _ served: ServedBesidePlanned?, _ language: Language) -> [String] {
        var table = withServed(headers(["队伍", "人数", "班次", "夜班", "时长", "时长差", "夜班差", "休息差", "支援"],
                                       ["Team", "Members", "Shifts", "Nights", "Hours", "Hours spread", "Nights spread",
                                        "Days-off spread", "Reserve"], language),
                               rightAligned: 1...8, served != nil, language)
        table.rows = stats.teams.map { team in
            var row = [team.name, "\(team.members)", "\(team.shifts)", "\(team.nights)", Hours.decimal(team.minutes),
                       served.map { Hours.decimal($0.team(team.name).served) } ?? "",
                       Hours.decimal(team.minutesSpread), "\(team.nightsSpread)", "\(team.daysOffSpread)", "\(team.reserveCalls)"]
            if served == nil { row.remove(at: 5) }
            return row
        }
        return table.lines
    }

    /// A table with an 实到 (hours served) column after the planned hours (the fifth) when anything
    /// is recorded; the rows hold its cell in that place, removed when nothing is.
    private func withServed(_ header: [String], rightAligned: ClosedRange<Int>, _ served: Bool, _ language: Language) -> TextColumns {
        guard served else { return TextColumns(header: header, rightAligned: Set(rightAligned)) }
        var header = header
        header.insert(Localized("实到", "Served")(language), at: 5)
        return TextColumns(header: header, rightAligned: Set(rightAligned.lowerBound...rightAligned.upperBound + 1))
    }

    private func personLines(_ stats: RosterStats, _ served: ServedBesidePlanned?, _ language: Language) -> [String] {
        let busyTeams = Set(stats.teams.filter { $0.shifts > 0 }.map { NameKey($0.name) })  // a String set would normalise every name
        var table = withServed(headers(["姓名", "队伍", "班次", "夜班", "时长", "最长连续", "连值天数", "休息天数", "连续夜班", "支援"],
                                       ["Name", "Team", "Shifts", "Nights", "Hours", "Longest stretch", "Days in a row",
                                        "Days off", "Nights in a row", "Reserve"], language),
                               rightAligned: 2...9, served != nil, language)
        table.rows = stats.people.filter { busyTeams.contains(NameKey($0.team)) }.map { person in
            var row = [person.name, person.team, "\(person.shifts)", "\(person.nights)", Hours.decimal(person.minutes),
                       served.map { Hours.decimal($0.person(person.name).served) } ?? "",
                       Hours.decimal(person.longestStretchMinutes), "\(person.longestDaysInARow)", "\(person.daysOff)",
                       "\(person.longestNightsInARow)", "\(person.reserveCalls)"]
            if served == nil { row.remove(at: 5) }
            return row
        }
        return table.lines
    }

    private func coverageLines(_ stats: RosterStats, _ language: Language) -> [String] {
        var table = TextColumns(header: headers(["卡口", "需要", "已排", "空缺"], ["Checkpoint", "Needed", "Filled", "Empty"], language),
                                rightAligned: Set(1...3))
        table.rows = stats.coverage.map { ["\($0.checkpoint)", "\($0.needed)", "\($0.filled)", "\($0.empty)"] }
        return table.lines
    }
}
