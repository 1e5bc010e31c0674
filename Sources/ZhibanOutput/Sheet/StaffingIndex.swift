import ZhibanModel

/// Look-ups over a roster shared by every output: the staffing of each day in a stable order
/// (checkpoints in file order, each one's shifts in its own order), people with their marks,
/// and shift hours.
///
/// Duties the definitions do not explain (a shift a checkpoint does not use, a checkpoint that
/// is not defined) are still shown, after the defined ones, so a hand-edited file prints whole.
public struct StaffingIndex: Sendable {
    /// The roster looked into.
    public let roster: Roster
    /// The positions in `roster.duties` of each date's duties (positions, not copies: a copy
    /// of a duty retains its names and lists).
    private let dutiesByDate: [LocalDate: [Int]]
    /// Positions in `roster.volunteers` by name (the first one wins where names repeat).
    private let personByName: NameTable<Int>
    private let shiftsByName: [String: Shift]
    private let shiftOrder: [String: Int]
    private let teamLeaders: Set<String>
    private let checkpointsByName: [String: Checkpoint]
    private let membersByTeam: NameTable<[String]>
    private let includePhone: Bool

    /// Indexes a roster; with `includePhone` false every person's phone is left empty.
    public init(roster: Roster, includePhone: Bool = true) {
        self.roster = roster
        self.includePhone = includePhone
        var dutiesByDate: [LocalDate: [Int]] = [:]
        for (position, duty) in roster.duties.enumerated() { dutiesByDate[duty.date, default: []].append(position) }
        self.dutiesByDate = dutiesByDate
        var people = NameTable<Int>(minimumCapacity: roster.volunteers.count)
        var members = NameTable<[String]>()
        for (position, volunteer) in roster.volunteers.enumerated() {
            if people[volunteer.name] == nil { people.set(position, for: volunteer.name) }
            members[volunteer.team, default: []].append(volunteer.name)
        }
        personByName = people
        membersByTeam = members
        shiftsByName = roster.shiftsByName
        shiftOrder = Dictionary(roster.shifts.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        teamLeaders = Set(roster.teams.compactMap(\.leader))
        checkpointsByName = Dictionary(roster.checkpoints.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The staffing of every slot on a date: each defined checkpoint's shifts, then any duty
    /// on a slot the definitions do not have.
    public func staffing(on date: LocalDate) -> [SlotStaffing] {
        var peopleBySlot: [Slot: [String]] = [:]
        var shiftsByCheckpoint: [String: Set<String>] = [:]
        for position in dutiesByDate[date] ?? [] {
            let duty = roster.duties[position]
            peopleBySlot[duty.slot, default: []].append(contentsOf: duty.people)
            shiftsByCheckpoint[duty.checkpoint, default: []].insert(duty.shift)
        }
        func staffing(_ checkpoint: String, _ shift: String, wanted: Int) -> SlotStaffing {
            let people = peopleBySlot[Slot(date: date, shift: shift, checkpoint: checkpoint)] ?? []
            return SlotStaffing(date: date, checkpoint: checkpoint, shift: shift, people: people,
                                openPlaces: max(0, wanted - people.count))
        }
        var result: [SlotStaffing] = []
        var known: Set<String> = []
        for checkpoint in roster.checkpoints {
            guard known.insert(checkpoint.name).inserted else { continue }  // a repeated name prints once
            let extra = (shiftsByCheckpoint[checkpoint.name] ?? []).subtracting(checkpoint.shifts)
            result += checkpoint.shifts.map { staffing(checkpoint.name, $0, wanted: checkpoint.peoplePerShift) }
            result += sortedShiftNames(extra).map { staffing(checkpoint.name, $0, wanted: 0) }
        }
        for checkpoint in shiftsByCheckpoint.keys.filter({ !known.contains($0) }).sorted() {
            result += sortedShiftNames(shiftsByCheckpoint[checkpoint]!).map { staffing(checkpoint, $0, wanted: 0) }
        }
        return result
    }

    /// The staffing of every slot on every date of a range, date by date.
    public func staffing(in dates: ClosedRange<LocalDate>) -> [SlotStaffing] {
        dates.lowerBound.through(dates.upperBound).flatMap(staffing(on:))
    }

    /// A person as printed, with marks and (unless left out) phone; a name the roster does not
    /// know is printed as it is, without marks.
    public func person(named name: String) -> SheetPerson {
        guard let volunteer = volunteer(named: name) else { return SheetPerson(name: name) }
        return SheetPerson(
            name: name, phone: includePhone ? volunteer.phone : "", team: volunteer.team,
            isLeader: volunteer.isLeader || teamLeaders.contains(name), isPartyMember: volunteer.isPartyMember)
    }

    /// The people, leaders first, otherwise in the order given.
    public func leadersFirst(_ names: [String]) -> [SheetPerson] {
        let people = names.map(person(named:))
        return people.filter(\.isLeader) + people.filter { !$0.isLeader }
    }

    /// The volunteer with this name, if the roster has one.
    public func volunteer(named name: String) -> Volunteer? { personByName[name].map { roster.volunteers[$0] } }

    /// The names of a team's members, in file order.
    public func members(of team: String) -> [String] { membersByTeam[team] ?? [] }

    /// The checkpoint with this name, if defined.
    public func checkpoint(named name: String) -> Checkpoint? { checkpointsByName[name] }

    /// The shift with this name, if defined.
    public func shift(named name: String) -> Shift? { shiftsByName[name] }

    /// Sorts shift names by the roster's order of shifts, unknown ones last by name.
    public func sortedShiftNames(_ names: some Collection<String>) -> [String] {
        names.sorted { (shiftOrder[$0] ?? Int.max, $0) < (shiftOrder[$1] ?? Int.max, $1) }
    }

    /// The start of a shift in minutes after midnight, for ordering one person's duties in a day.
    public func startMinutes(ofShift name: String) -> Int { shiftsByName[name]?.start.minutes ?? 0 }
}
