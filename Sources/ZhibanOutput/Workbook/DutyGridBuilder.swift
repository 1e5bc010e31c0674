import ZhibanModel

/// Gathers the `DutyGrid`s of a print: one for the whole roster (by date or person), one per
/// gate (by checkpoint: the gate's keepers and everyone who stands there), or one per team.
public struct DutyGridBuilder: Sendable {
    private let index: StaffingIndex
    private let includePhone: Bool
    private let abbreviations: [String: String]

    /// Prepares a builder; with `includePhone` false no phone number appears anywhere.
    public init(roster: Roster, includePhone: Bool = true) {
        index = StaffingIndex(roster: roster, includePhone: includePhone)
        self.includePhone = includePhone
        abbreviations = Self.abbreviations(of: roster.shifts.map(\.name))
    }

    /// The grids for `dates`, cut as `grouping` asks.
    public func grids(dates: ClosedRange<LocalDate>, grouping: SheetGrouping) -> [DutyGrid] {
        let slots = index.staffing(in: dates)
        let title = index.roster.settings.title
        switch grouping {
        case .date, .person:
            let names = index.roster.volunteers.map(\.name) + slots.flatMap(\.people)
            return [grid(name: "排班表", title: title, dates: dates, people: names, slots: slots, scope: slots, openAt: slots, gatesOnly: false)]
        case .checkpoint:
            return orderedKeys(slots.map(\.checkpoint)).map { gate in
                let here = slots.filter { $0.checkpoint == gate }
                let keepers = index.checkpoint(named: gate)?.keepers.flatMap(index.members(of:)) ?? []
                let names = orderedByRoster(keepers + here.flatMap(\.people))
                return grid(name: gate, title: "\(title) · \(gate)", dates: dates, people: names, slots: slots, scope: here, openAt: here, gatesOnly: true)
            }
        case .team:
            return index.roster.teams.compactMap { team in
                let members = index.members(of: team.name)
                guard !members.isEmpty else { return nil }
                let kept = slots.filter { index.checkpoint(named: $0.checkpoint)?.keepers.contains(team.name) == true }
                return grid(name: team.name, title: "\(title) · \(team.name)", dates: dates, people: members, slots: slots, scope: slots, openAt: kept, gatesOnly: false)
            }
        }
    }

    private func grid(
        name: String, title: String, dates: ClosedRange<LocalDate>, people: [String], slots: [SlotStaffing],
        scope: [SlotStaffing], openAt: [SlotStaffing], gatesOnly: Bool
    ) -> DutyGrid {
        DutyGrid(
            sheetName: name, title: title, period: ChineseDate.period(dates), legend: legend(gatesOnly: gatesOnly),
            dates: dates.lowerBound.through(dates.upperBound), includesPhone: includePhone,
            shifts: shiftNames(scope), rows: [], onDuty: [], openPlaces: [])
            .filled(people: orderedKeys(people), slots: slots, scope: scope, openAt: openAt, builder: self)
    }

    // MARK: Parts

    /// The mark written for a shift: its first character when no other shift starts with it
    /// (`白班` → `白`), else its whole name.
    func abbreviation(_ shift: String) -> String { abbreviations[shift] ?? shift }

    func person(_ name: String) -> SheetPerson { index.person(named: name) }

    func hours(_ shift: String) -> Double { index.shift(named: shift).map { Double($0.durationMinutes) / 60 } ?? 0 }

    func sortedShifts(_ names: some Collection<String>) -> [String] { index.sortedShiftNames(Set(names)) }

    private static func abbreviations(of shifts: [String]) -> [String: String] {
        let firsts = shifts.compactMap(\.first)
        return Dictionary(shifts.map { name in
            guard let first = name.first, firsts.filter({ $0 == first }).count == 1 else { return (name, name) }
            return (name, String(first))
        }, uniquingKeysWith: { first, _ in first })
    }

    private func legend(gatesOnly: Bool) -> String {
        let shifts = index.roster.shifts.map { "\(abbreviation($0.name))＝\($0.name) \($0.hoursText)" }
        let marks = shifts + ["休＝当天不值班"] + (gatesOnly ? ["空白＝在其他卡口值班"] : [])
        return (marks + [PersonMarks.leader + " 负责人", PersonMarks.partyMember + " 党员"]).joined(separator: "　")
    }

    /// The roster's shifts, then any other shift on duty in `slots`.
    private func shiftNames(_ slots: [SlotStaffing]) -> [String] {
        let defined = index.roster.shifts.map(\.name)
        let used = slots.filter { !$0.people.isEmpty }.map(\.shift)
        return orderedKeys(defined + sortedShifts(Set(used).subtracting(defined)))
    }

    /// Names in roster order, names the roster does not know after them by name.
    private func orderedByRoster(_ names: [String]) -> [String] {
        let wanted = Set(names)
        let known = orderedKeys(index.roster.volunteers.map(\.name).filter(wanted.contains))
        return known + wanted.subtracting(known).sorted()
    }

    private func orderedKeys(_ keys: [String]) -> [String] {
        var seen: Set<String> = []
        return keys.filter { seen.insert($0).inserted }
    }
}

extension DutyGrid {
    /// This grid with its rows and daily figures filled: `people` down; cells from the duties in
    /// `scope`, `休` when the person has none at all that day among `slots`; open places counted
    /// at `openAt`.
    func filled(people: [String], slots: [SlotStaffing], scope: [SlotStaffing], openAt: [SlotStaffing], builder: DutyGridBuilder) -> DutyGrid {
        let dayIndex = Dictionary(uniqueKeysWithValues: dates.enumerated().map { ($1, $0) })
        var shiftsHere: [String: [[String]]] = [:]
        var busy: [String: Set<Int>] = [:]
        for slot in slots {
            guard let day = dayIndex[slot.date] else { continue }
            for name in slot.people { busy[name, default: []].insert(day) }
        }
        for slot in scope {
            guard let day = dayIndex[slot.date] else { continue }
            for name in slot.people {
                shiftsHere[name, default: Array(repeating: [], count: dates.count)][day].append(slot.shift)
            }
        }
        var grid = self
        var onDuty = Array(repeating: 0, count: dates.count)
        grid.rows = people.map { name in
            let days = shiftsHere[name] ?? Array(repeating: [], count: dates.count)
            let cells = days.enumerated().map { day, shifts -> String in
                if !shifts.isEmpty {
                    onDuty[day] += 1
                    return builder.sortedShifts(shifts).map(builder.abbreviation).joined(separator: "、")
                }
                return busy[name]?.contains(day) == true ? "" : "休"
            }
            let all = days.flatMap { $0 }
            return Row(
                person: builder.person(name), days: cells,
                shiftCounts: self.shifts.map { shift in all.filter { $0 == shift }.count },
                total: all.count, hours: all.map(builder.hours).reduce(0, +))
        }
        grid.onDuty = onDuty
        grid.openPlaces = dates.map { date in openAt.filter { $0.date == date }.map(\.openPlaces).reduce(0, +) }
        return grid
    }
}
