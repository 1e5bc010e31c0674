import ZhibanModel
import ZhibanPlanning

/// The figures over the planned dates as horizontal bars: hours per person (with shifts,
/// nights and reserve calls), or per team with the spread inside it, and coverage per checkpoint.
enum StatsView {
    /// The bars: everything under the range line and the headings.
    static func scrollArea(in body: Rect) -> Rect {
        Rect(x: body.x, y: body.y + 2, width: body.width, height: max(0, body.height - 2))
    }

    static func render(_ state: AppState, into screen: inout Screen, at rect: Rect) {
        let language = state.language
        guard let stats = state.stats.figures?.value else { return }
        let range = stats.dates.map { "\($0.lowerBound) – \($0.upperBound)" } ?? Localized("还没有排班", "nothing planned yet")(language)
        let pane = state.stats.pane == .people ? Localized("[按人] 按队伍", "[people] teams") : Localized("按人 [按队伍]", "people [teams]")
        screen.write(" " + range + "   " + pane(language) + Localized("（Tab 切换）", " (Tab switches)")(language),
                     in: rect.row(0), style: CellStyle(.muted))
        let rows = self.rows(stats, served: state.stats.served, pane: state.stats.pane, language: language)
        let headings = rect.row(1)
        screen.fill(headings, style: CellStyle(.header))
        screen.write(" " + rows.heading, x: rect.x, y: headings.y, style: CellStyle(.header, bold: true), maxWidth: rect.width)
        let labelWidth = min(22, (rows.lines.map { $0.label.displayWidth }.max() ?? 0) + 1)
        let figuresWidth = min(state.stats.served == nil ? 34 : 64, rows.lines.map { $0.figures.displayWidth }.max() ?? 0)
        let barWidth = max(4, rect.width - labelWidth - figuresWidth - 4)
        let largest = max(1, rows.lines.map(\.value).max() ?? 1)
        let bars = scrollArea(in: rect)
        for offset in 0..<bars.height {
            let row = state.stats.cursor.scroll + offset
            guard let line = rows.lines[safe: row] else { break }
            let y = bars.y + offset
            let isCursor = row == state.stats.cursor.row
            let style = CellStyle(isCursor ? .cursor : (line.isHeading ? .group : .normal), bold: line.isHeading, reverse: isCursor)
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            screen.write(" " + line.label, in: Rect(x: rect.x, y: y, width: labelWidth + 1, height: 1), style: style)
            guard !line.isHeading else { continue }
            let length = line.value * barWidth / largest
            screen.write(String(repeating: "#", count: length), x: rect.x + labelWidth + 2, y: y,
                         style: CellStyle(isCursor ? .cursor : .bar, reverse: isCursor))
            screen.write(line.figures, x: rect.x + labelWidth + 3 + barWidth, y: y, style: style, maxWidth: figuresWidth)
        }
    }

    /// One line of the figures: a label, the bar's value, the figures written after it.
    struct Line {
        var label: String
        var value: Int
        var figures: String
        var isHeading = false
    }

    /// The heading and lines of a pane; once anything is recorded, the hours served and those
    /// still unconfirmed follow the planned figures (`实到 8 小时 · 未确认 4 小时`).
    static func rows(_ stats: RosterStats, served: ServedBesidePlanned? = nil, pane: StatsPane,
                     language: Language) -> (heading: String, lines: [Line]) {
        let servedHeading = served == nil ? "" : Localized(" · 实到 / 未确认", " · served / unconfirmed")(language)
        func servedText(_ figures: ServedBesidePlanned.Figures?) -> String {
            guard let figures else { return "" }
            return Localized("  实到 \(Hours.text(figures.served, .zh)) · 未确认 \(Hours.text(figures.unconfirmed, .zh))",
                             "  served \(Hours.text(figures.served, .en)) · unconfirmed \(Hours.text(figures.unconfirmed, .en))")(language)
        }
        switch pane {
        case .people:
            let heading = Localized("姓名 · 小时（条） · 班次 / 夜班 / 后备", "Name · hours (bar) · shifts / nights / reserve")(language)
            return (heading + servedHeading, stats.people.map { person in
                Line(label: person.name, value: person.minutes,
                     figures: "\(Hours.text(person.minutes, language))  \(person.shifts)/\(person.nights)/\(person.reserveCalls)"
                        + servedText(served?.person(person.name)))
            })
        case .teams:
            let heading = Localized("队伍 · 人均小时（条） · 最多与最少之差（小时 / 夜班）", "Team · hours per member (bar) · spread (hours / nights)")(language)
                + servedHeading
            var lines = stats.teams.map { team in
                Line(label: team.name, value: team.members == 0 ? 0 : team.minutes / team.members,
                     figures: Localized("差 \(Hours.text(team.minutesSpread)) / \(team.nightsSpread) 夜", "spread \(Hours.text(team.minutesSpread, .en)) / \(team.nightsSpread) night\(team.nightsSpread == 1 ? "" : "s")")(language)
                        + servedText(served?.team(team.name)))
            }
            lines.append(Line(label: "", value: 0, figures: "", isHeading: true))
            lines.append(Line(label: Localized("卡口覆盖", "Coverage per post")(language), value: 0, figures: "", isHeading: true))
            lines += stats.coverage.map { coverage in
                let percent = coverage.needed == 0 ? 100 : coverage.filled * 100 / coverage.needed
                return Line(label: coverage.checkpoint, value: percent,
                            figures: "\(coverage.filled)/\(coverage.needed) \(percent)%")
            }
            return (heading, lines)
        }
    }
}
