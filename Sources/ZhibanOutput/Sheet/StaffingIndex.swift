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
    private let dutiesByDate: [LocalDate: [Duty]]
    private let volunteersByName: [String: Volunteer]
    private let shiftsByName: [String: Shift]
    private let shiftOrder: [String: Int]
    private let teamLeaders: Set<String>
    private let includePhone: Bool

    /// Indexes a roster; with `includePhone` false every person's phone is left empty.
    public init(roster: Roster, includePhone: Bool = true) {
        self.roster = roster
        self.includePhone = includePhone
        dutiesByDate = Dictionary(grouping: roster.duties, by: \.date)
        volunteersByName = roster.volunteersByName
        shiftsByName = roster.shiftsByName
        shiftOrder = Dictionary(roster.shifts.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        teamLeaders = Set(roster.teams.compactMap(\.leader))
    }

    /// The staffing of every slot on a date: each defined checkpoint's shifts, then any duty
    /// on a slot the definitions do not have.
    public func staffing(on date: LocalDate) -> [SlotStaffing] {
        let duties = dutiesByDate[date] ?? []
        var peopleBySlot: [Slot: [String]] = [:]
        for duty in duties {
            peopleBySlot[duty.slot, default: []].append(contentsOf: duty.people)
        }
        var result: [SlotStaffing] = []
        var known: Set<String> = []
        for checkpoint in roster.checkpoints where known.insert(checkpoint.name).inserted {
            let extra = Set(duties.filter { $0.checkpoint == checkpoint.name && !checkpoint.shifts.contains($0.shift) }.map(\.shift))
            for shift in checkpoint.shifts + sortedShiftNames(extra) {
                let people = peopleBySlot[Slot(date: date, shift: shift, checkpoint: checkpoint.name)] ?? []
                let wanted = checkpoint.shifts.contains(shift) ? checkpoint.peoplePerShift : 0
                result.append(SlotStaffing(date: date, checkpoint: checkpoint.name, shift: shift, people: people,
                                           openPlaces: max(0, wanted - people.count)))
            }
        }
        let unknownCheckpoints = Set(duties.map(\.checkpoint)).subtracting(known).sorted()
        for checkpoint in unknownCheckpoints {
            let shifts = Set(duties.filter { $0.checkpoint == checkpoint }.map(\.shift))
            for shift in sortedShiftNames(shifts) {
                let people = peopleBySlot[Slot(date: date, shift: shift, checkpoint: checkpoint)] ?? []
                result.append(SlotStaffing(date: date, checkpoint: checkpoint, shift: shift, people: people, openPlaces: 0))
            }
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
        guard let volunteer = volunteersByName[name] else { return SheetPerson(name: name) }
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
    public func volunteer(named name: String) -> Volunteer? { volunteersByName[name] }

    /// The shift with this name, if defined.
    public func shift(named name: String) -> Shift? { shiftsByName[name] }

    /// Sorts shift names by the roster's order of shifts, unknown ones last by name.
    public func sortedShiftNames(_ names: some Collection<String>) -> [String] {
        names.sorted { (shiftOrder[$0] ?? Int.max, $0) < (shiftOrder[$1] ?? Int.max, $1) }
    }

    /// The start of a shift in minutes after midnight, for ordering one person's duties in a day.
    public func startMinutes(ofShift name: String) -> Int { shiftsByName[name]?.start.minutes ?? 0 }
}
