import ZhibanModel

/// Gathers a printable sheet from a roster: for a range of dates and a grouping, the rows of
/// shift, hours, checkpoint and people (with marks and phone) and the places still open.
public struct SheetBuilder: Sendable {
    private let index: StaffingIndex
    private let includePhone: Bool

    /// Prepares a builder; with `includePhone` false no phone number appears anywhere.
    public init(roster: Roster, includePhone: Bool = true) {
        index = StaffingIndex(roster: roster, includePhone: includePhone)
        self.includePhone = includePhone
    }

    /// The sheet for these dates, grouped as asked.
    public func sheet(dates: ClosedRange<LocalDate>, grouping: SheetGrouping) -> RosterSheet {
        let slots = index.staffing(in: dates)
        let sections: [SheetSection]
        switch grouping {
        case .date: sections = dates.lowerBound.through(dates.upperBound).map { date in dateSection(date, slots.filter { $0.date == date }) }
        case .checkpoint: sections = checkpointSections(slots)
        case .team: sections = teamSections(slots)
        case .person: sections = personSections(slots)
        }
        return RosterSheet(
            title: index.roster.settings.title, period: ChineseDate.period(dates), grouping: grouping,
            keyColumns: keyColumns(grouping), columns: columns(grouping), sections: sections)
    }

    // MARK: Columns

    private func keyColumns(_ grouping: SheetGrouping) -> [SheetColumn] {
        switch grouping {
        case .date: return [.date]
        case .checkpoint: return [.checkpoint]
        case .team: return [.team]
        case .person: return [.person, .team] + phoneColumn
        }
    }

    private func columns(_ grouping: SheetGrouping) -> [SheetColumn] {
        switch grouping {
        case .date: return [.checkpoint, .shift, .hours, .person] + phoneColumn
        case .checkpoint: return [.date, .shift, .hours, .person] + phoneColumn
        case .team: return [.date, .checkpoint, .shift, .hours, .person] + phoneColumn
        case .person: return [.date, .shift, .hours, .checkpoint, .partners]
        }
    }

    /// How many leading columns name the slot (left blank on paper where they repeat).
    private func groupingColumnCount(_ grouping: SheetGrouping) -> Int {
        switch grouping {
        case .date, .checkpoint: return 3
        case .team: return 4
        case .person: return 0
        }
    }

    private var phoneColumn: [SheetColumn] { includePhone ? [.phone] : [] }

    private func table(_ grouping: SheetGrouping, rows: [[SheetCell]]) -> SheetTable {
        SheetTable(columns: columns(grouping), groupingColumnCount: groupingColumnCount(grouping), rows: rows)
    }

    // MARK: Sections

    private func dateSection(_ date: LocalDate, _ slots: [SlotStaffing]) -> SheetSection {
        let rows = slots.flatMap { slot in
            placeRows(slot).map { [.text(slot.checkpoint), .text(slot.shift), hoursCell(slot.shift)] + $0 }
        }
        return SheetSection(heading: ChineseDate.long(date), keyCells: [.date(date)], table: table(.date, rows: rows))
    }

    private func checkpointSections(_ slots: [SlotStaffing]) -> [SheetSection] {
        let slotsByCheckpoint = Dictionary(grouping: slots, by: \.checkpoint)
        return orderedKeys(slots.map(\.checkpoint)).map { name in
            let compound = index.checkpoint(named: name)?.compound ?? ""
            let heading = compound.isEmpty || compound == name ? name : "\(name)（\(compound)）"
            let rows = slotsByCheckpoint[name]!.flatMap { slot in
                placeRows(slot).map { [.date(slot.date), .text(slot.shift), hoursCell(slot.shift)] + $0 }
            }
            return SheetSection(heading: heading, keyCells: [.text(name)], table: table(.checkpoint, rows: rows))
        }
    }

    /// Per team: every place at the checkpoints it keeps (open ones too), and its members
    /// wherever else they stand. Teams with nothing in the range are left out.
    private func teamSections(_ slots: [SlotStaffing]) -> [SheetSection] {
        var rowsByTeam: [String: [[SheetCell]]] = [:]
        for slot in slots {
            let slotCells: [SheetCell] = [.date(slot.date), .text(slot.checkpoint), .text(slot.shift), hoursCell(slot.shift)]
            let keepers = index.checkpoint(named: slot.checkpoint)?.keepers ?? []
            for team in keepers {
                rowsByTeam[team, default: []] += placeRows(slot).map { slotCells + $0 }
            }
            for name in slot.people {
                let team = index.person(named: name).team
                guard !team.isEmpty, !keepers.contains(team) else { continue }
                rowsByTeam[team, default: []] += personRows([name]).map { slotCells + $0 }
            }
        }
        return index.roster.teams.compactMap { team in
            guard let rows = rowsByTeam.removeValue(forKey: team.name) else { return nil }
            return SheetSection(heading: team.name, keyCells: [.text(team.name)], table: table(.team, rows: rows))
        }
    }

    /// Per person on duty in the range (roster order, then unknown names by name): their duties.
    private func personSections(_ slots: [SlotStaffing]) -> [SheetSection] {
        var slotsByPerson: [String: [SlotStaffing]] = [:]
        for slot in slots {
            for name in orderedKeys(slot.people) { slotsByPerson[name, default: []].append(slot) }
        }
        let known = orderedKeys(index.roster.volunteers.map(\.name).filter { slotsByPerson[$0] != nil })
        let unknown = Set(slotsByPerson.keys).subtracting(known).sorted()
        return (known + unknown).map { name in
            let person = index.person(named: name)
            let duties = slotsByPerson[name]!
                .sorted {
                    ($0.date, index.startMinutes(ofShift: $0.shift), $0.checkpoint)
                        < ($1.date, index.startMinutes(ofShift: $1.shift), $1.checkpoint)
                }
            let rows: [[SheetCell]] = duties.map { slot in
                let partners = slot.people.filter { $0 != name }.joined(separator: "、")
                return [.date(slot.date), .text(slot.shift), hoursCell(slot.shift), .text(slot.checkpoint), .text(partners)]
            }
            let heading = [person.markedName, person.team, person.phone].filter { !$0.isEmpty }.joined(separator: "  ")
            let keyCells: [SheetCell] = [.person(person), .text(person.team)] + (includePhone ? [.text(person.phone)] : [])
            return SheetSection(heading: heading, keyCells: keyCells, table: table(.person, rows: rows))
        }
    }

    // MARK: Rows

    /// The person cells of a slot: one row per person, then one per open place.
    private func placeRows(_ slot: SlotStaffing) -> [[SheetCell]] {
        personRows(slot.people) + Array(repeating: [.openPlace] + (includePhone ? [.text("")] : []), count: slot.openPlaces)
    }

    private func personRows(_ names: [String]) -> [[SheetCell]] {
        names.map { name in
            let person = index.person(named: name)
            return [.person(person)] + (includePhone ? [.text(person.phone)] : [])
        }
    }

    private func hoursCell(_ shift: String) -> SheetCell {
        index.shift(named: shift).map(SheetCell.hours) ?? .text("")
    }

    /// The distinct keys in first-seen order.
    private func orderedKeys(_ keys: [String]) -> [String] {
        var seen: Set<String> = []
        return keys.filter { seen.insert($0).inserted }
    }
}
