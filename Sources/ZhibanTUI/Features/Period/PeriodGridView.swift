import ZhibanModel

/// Days across, checkpoints (or people) down. A checkpoint's cell shows the places filled out of
/// those needed that day (`!` before it when a rule is broken there); a person's cell shows the
/// first character of each shift they are on. Scrolls both ways; Enter opens the day.
enum PeriodGridView {
    /// The grid's rows: everything under the month line and the two lines of day headings.
    static func scrollArea(in body: Rect) -> Rect {
        Rect(x: body.x, y: body.y + 3, width: body.width, height: max(0, body.height - 3))
    }

    static func render(_ state: AppState, into screen: inout Screen, at rect: Rect) {
        let language = state.language
        let layout = state.periodLayout
        let period = state.periodRange
        let rowsTitle = state.period.rows == .checkpoints ? Localized("按卡口：已排/需要", "by post: filled/needed")
            : Localized("按人：所值班次", "by person: shifts")
        let span: String
        switch state.period.span {
        case .month: span = DateText.month(state.date, language)
        case .days(let count):
            span = Localized("\(DateText.short(period.lowerBound, .zh)) 起 \(count) 天", "\(count) days from \(DateText.short(period.lowerBound, .en))")(language)
        }
        screen.write(" " + span + "  " + rowsTitle(language) + Localized("（v 切换，d 天数）", " (v switches, d days)")(language),
                     in: rect.row(0), style: CellStyle(.muted))
        let days = period.lowerBound.through(period.upperBound)
        let shown = Array(days.dropFirst(state.period.columnScroll).prefix(layout.visibleDays))
        screen.fill(Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: 2), style: CellStyle(.header))
        for (offset, day) in shown.enumerated() {
            let x = rect.x + layout.nameWidth + offset * layout.dayWidth
            let isToday = day == state.date
            let style = CellStyle(isToday ? .cursor : .header, bold: true, reverse: isToday)
            screen.write("\(day.day)", in: Rect(x: x, y: rect.y + 1, width: layout.dayWidth - 1, height: 1), style: style, alignRight: true)
            screen.write(DateText.weekdayLetter(day, language), in: Rect(x: x, y: rect.y + 2, width: layout.dayWidth - 1, height: 1),
                         style: CellStyle(.header), alignRight: true)
        }
        let cells = PeriodCells(state: state, days: shown)
        for offset in 0..<layout.visibleRows {
            let row = state.period.cursor.scroll + offset
            guard row < state.periodRowCount else { break }
            let y = scrollArea(in: rect).y + offset
            let isCursorRow = row == state.period.cursor.row
            screen.write(cells.name(of: row), in: Rect(x: rect.x, y: y, width: layout.nameWidth - 1, height: 1),
                         style: CellStyle(.normal, bold: isCursorRow))
            for (column, day) in shown.enumerated() {
                let cell = cells.cell(row: row, day: day)
                let isCursor = isCursorRow && day == state.date
                let style = CellStyle(isCursor ? .cursor : cell.role, reverse: isCursor)
                screen.write(cell.text, in: Rect(x: rect.x + layout.nameWidth + column * layout.dayWidth, y: y,
                                                 width: layout.dayWidth - 1, height: 1), style: style, alignRight: true)
            }
        }
    }
}

/// The content of the period grid's cells for the days shown.
struct PeriodCells {
    private let state: AppState
    private var filled: [Slot: Int] = [:]
    private var shiftsByPerson: [String: [LocalDate: String]] = [:]
    private var broken: Set<Slot> = []

    init(state: AppState, days: [LocalDate]) {
        self.state = state
        for day in days {
            for duty in state.roster.dutiesOn(day) {
                filled[Slot(date: day, shift: "", checkpoint: duty.checkpoint), default: 0] += duty.people.count
                for person in duty.people { shiftsByPerson[person, default: [:]][day, default: ""] += String(duty.shift.prefix(1)) }
            }
        }
        for entry in state.problems.list?.value.entries ?? [] where entry.isBreak {
            broken.insert(Slot(date: entry.slot.date, shift: "", checkpoint: entry.slot.checkpoint))
        }
    }

    /// The row's name.
    func name(of row: Int) -> String {
        switch state.period.rows {
        case .checkpoints: return state.roster.checkpoints[row].name
        case .people: return state.roster.volunteers[row].name
        }
    }

    /// A cell's text and role.
    func cell(row: Int, day: LocalDate) -> (text: String, role: StyleRole) {
        switch state.period.rows {
        case .checkpoints:
            let checkpoint = state.roster.checkpoints[row]
            let key = Slot(date: day, shift: "", checkpoint: checkpoint.name)
            let needed = checkpoint.shifts.count * checkpoint.peoplePerShift
            let have = filled[key] ?? 0
            let mark = broken.contains(key) ? Marks.problem : ""
            let role: StyleRole = !mark.isEmpty ? .problem : (have >= needed ? .good : .empty)
            return (mark + "\(have)/\(needed)", role)
        case .people:
            let shifts = shiftsByPerson[state.roster.volunteers[row].name]?[day] ?? ""
            return (shifts.isEmpty ? "." : shifts, shifts.isEmpty ? .muted : .normal)
        }
    }
}
