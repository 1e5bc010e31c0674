import ZhibanModel

/// The planner's working state: the places to fill, who is on them, every person's duties in
/// time order, and the running figures the candidate choice weighs (hours, nights, gates).
struct PlanningBoard: Sendable {
    /// Look-ups over the roster.
    let index: RosterIndex
    /// Person facts in arrays.
    let facts: PersonFacts
    /// The request being planned.
    let request: PlanRequest
    /// Every person's duties, inside and outside the planned range.
    var ledger: DutyLedger
    /// The places to fill, in slot order (date, checkpoint, shift).
    var targets: [TargetSlot]
    /// Known people on each target, in the order placed.
    var placed: [[Int]]
    /// Minutes of duty each person has in the planned range so far, from their served balance.
    var minutes: [Int]
    /// Night shifts each person has in the planned range so far.
    var nights: [Int]
    /// Per person: how often they have stood at each checkpoint (checkpoint position, count).
    var visits: [[(checkpoint: Int, count: Int)]]
    /// Per checkpoint: its keepers' members, then its reserve's members (people in file order).
    let baseTiers: [[[Int]]]
    /// Unpinned duties found in the range, by target, for keeping or replacing.
    var previous: [[String]]
    /// People kept from `previous` on each target (the balancing pass leaves them where they are).
    var kept: [[Int]]
    /// Duties kept exactly as they are: outside the planned range, or pinned. Unpinned duties in
    /// the range that are not places any more (a shift the checkpoint no longer uses) are dropped.
    var untouched: [Duty]
    /// The teams whose members the fill swaps between day and night places of each date as it
    /// goes (`shareNights`); none by default.
    var teamsSharingNights: Set<String> = []

    /// Number of the target with this slot.
    let targetBySlot: [Slot: Int]

    /// Sets up the board: lays out the places, records every existing duty in the ledger
    /// (pinned ones and those outside the range as they are), and remembers the rest as
    /// candidates for keeping.
    init(index: RosterIndex, request: PlanRequest, turns: RotationTurns) {
        self.index = index
        self.request = request
        facts = PersonFacts(index.roster)
        let people = index.roster.volunteers.count
        var ledger = DutyLedger(people: people, rules: index.roster.settings.rules)
        minutes = index.roster.volunteers.map { request.servedBalance[$0.name] ?? 0 }
        nights = Array(repeating: 0, count: people)
        visits = Array(repeating: [], count: people)
        baseTiers = index.roster.checkpoints.map { checkpoint in
            let keepers = PlanningBoard.uniqueMembers(of: checkpoint.keepers, in: index, excluding: [])
            let reserve = checkpoint.reserve.map { PlanningBoard.uniqueMembers(of: [$0], in: index, excluding: checkpoint.keepers) }
            return [keepers, reserve ?? []]
        }
        let dates = request.dates
        var places: [(slot: Slot, checkpoint: Int)] = []
        for (position, checkpoint) in index.roster.checkpoints.enumerated()
        where request.checkpoint == nil || request.checkpoint == checkpoint.name {
            for slot in index.slots(of: checkpoint, on: dates) { places.append((slot, position)) }
        }
        // In slot order (date, checkpoint, shift), sorted by numbers: names by their place in String
        // order. The ledger then numbers the slots in order, without hashing them.
        targets = NameRanks.slotOrder(of: places.map(\.slot)).map { number in
            let (slot, position) = places[number]
            let checkpoint = index.roster.checkpoints[position]
            let shift = index.shiftsByName[slot.shift]!
            return TargetSlot(
                slot: slot, checkpoint: position, shift: shift, busy: ledger.busySpan(slot, shift: shift), needed: checkpoint.peoplePerShift,
                requirements: checkpoint.requirements, layer: checkpoint.shifts.firstIndex(of: slot.shift)!,
                designation: turns.designation(for: slot, checkpoint: position))
        }
        self.ledger = ledger
        targetBySlot = Dictionary(targets.enumerated().map { ($1.slot, $0) }, uniquingKeysWith: { first, _ in first })
        placed = Array(repeating: [], count: targets.count)
        previous = Array(repeating: [], count: targets.count)
        kept = Array(repeating: [], count: targets.count)
        untouched = []
        for duty in index.roster.duties { register(duty) }
    }

    /// Files one existing duty: pinned or outside the range stays as it is; inside, it waits to be kept or replaced.
    private mutating func register(_ duty: Duty) {
        let inScope = (request.from...request.to).contains(duty.date)
            && (request.checkpoint == nil || request.checkpoint == duty.checkpoint)
            && index.checkpointIndexByName[duty.checkpoint] != nil
        let target = targetBySlot[duty.slot]
        if inScope, !duty.pinned {
            guard let target, !targets[target].pinned else { return }
            if targets[target].existing == nil { targets[target].existing = duty }
            if targets[target].note.isEmpty { targets[target].note = duty.note }
            // The people a hand edit put here stay (and count as kept); the rest may be re-planned.
            let shift = index.shiftsByName[duty.shift]
            for name in duty.people where duty.isPinned(name) && !targets[target].pinnedPeople.contains(name) {
                guard let person = index.personByName[name], let shift, !placed[target].contains(person) else { continue }
                targets[target].pinnedPeople.append(name)
                record(ledger.busySpan(duty.slot, shift: shift), date: duty.date, person: person,
                       checkpoint: index.checkpointIndexByName[duty.checkpoint])
                placed[target].append(person)
                kept[target].append(person)
            }
            previous[target] += duty.people.filter { !duty.isPinned($0) && !previous[target].contains($0) }
            return
        }
        if let target, duty.pinned, inScope {
            targets[target].pinned = true
            targets[target].existing = duty
            previous[target] = []
        }
        untouched.append(duty)
        guard let shift = index.shiftsByName[duty.shift] else { return }
        let busy = ledger.busySpan(duty.slot, shift: shift)
        for name in duty.people {
            guard let person = index.personByName[name] else { continue }
            if let target, duty.pinned, inScope { placed[target].append(person) }
            record(busy, date: duty.date, person: person, checkpoint: index.checkpointIndexByName[duty.checkpoint])
        }
    }

    /// Puts a person on a target.
    mutating func place(_ person: Int, on target: Int) {
        placed[target].append(person)
        record(targets[target].busy, date: targets[target].slot.date, person: person, checkpoint: targets[target].checkpoint)
    }

    /// Takes a person off a target.
    mutating func unplace(_ person: Int, from target: Int) {
        guard let position = placed[target].firstIndex(of: person) else { return }
        placed[target].remove(at: position)
        let busy = targets[target].busy
        ledger.remove(busy, for: person)
        minutes[person] -= busy.span.minutes
        if busy.isNight { nights[person] -= 1 }
        adjustVisits(of: person, at: targets[target].checkpoint, by: -1)
    }

    /// Records a duty in the ledger and, inside the planned dates, in the running figures.
    private mutating func record(_ busy: BusySpan, date: LocalDate, person: Int, checkpoint: Int?) {
        ledger.add(busy, for: person)
        guard (request.from...request.to).contains(date) else { return }
        minutes[person] += busy.span.minutes
        if busy.isNight { nights[person] += 1 }
        if let checkpoint { adjustVisits(of: person, at: checkpoint, by: 1) }
    }

    private mutating func adjustVisits(of person: Int, at checkpoint: Int, by change: Int) {
        if let position = visits[person].firstIndex(where: { $0.checkpoint == checkpoint }) {
            visits[person][position].count += change
        } else {
            visits[person].append((checkpoint, change))
        }
    }

    /// How often the person has stood at the checkpoint in the planned range.
    func visitCount(of person: Int, at checkpoint: Int) -> Int {
        visits[person].first { $0.checkpoint == checkpoint }?.count ?? 0
    }

    /// Open places on a target (never negative).
    func open(_ target: Int) -> Int { max(0, targets[target].needed - placed[target].count) }

    /// The hard rule that placing the person on the target would break (availability and the
    /// time rules; team and requirement are the tiers' and `fits`'s business), or nil.
    func refusal(of person: Int, on target: Int) -> PlacementRefusal? {
        let slot = targets[target].slot
        if let limit = facts.unavailability(of: person, on: slot.date, shift: targets[target].shift) { return .unavailable(limit) }
        if placed[target].contains(person) { return .alreadyOnShift }
        return ledger.refusal(for: person, taking: targets[target].busy)
    }

    /// The requirement that would be left with too few places if this person took one (after
    /// `leaving` left it, when given), or nil when they fit (a place needed for a 党员 is kept for a 党员).
    func requirementBlocking(_ person: Int, on target: Int, without leaving: Int? = nil) -> Requirement? {
        let staying = placed[target].count - (leaving.map { placed[target].contains($0) ? 1 : 0 } ?? 0)
        let openAfter = targets[target].needed - staying - 1
        for requirement in targets[target].requirements where !facts.meets(requirement, person) {
            let meeting = placed[target].reduce(0) { $0 + ($1 != leaving && facts.meets(requirement, $1) ? 1 : 0) }
            if requirement.count - meeting > openAfter { return requirement }
        }
        return nil
    }

    /// Who may stand on a target, best-suited first: people the rotations name, the teams they
    /// name, the keepers, then the reserve. Each person appears once.
    func tiers(for target: Int) -> [[Int]] {
        let designation = targets[target].designation
        guard !designation.teams.isEmpty else { return baseTiers[targets[target].checkpoint] }
        let checkpoint = index.roster.checkpoints[targets[target].checkpoint]
        let named = designation.teams.filter { checkpoint.accepts(team: $0) }
        guard !named.isEmpty else { return baseTiers[targets[target].checkpoint] }
        let designated = PlanningBoard.uniqueMembers(of: named, in: index, excluding: [])
        let keepers = PlanningBoard.uniqueMembers(of: checkpoint.keepers, in: index, excluding: named)
        let reserve = checkpoint.reserve.map {
            PlanningBoard.uniqueMembers(of: [$0], in: index, excluding: named + checkpoint.keepers)
        }
        return [designated, keepers, reserve ?? []]
    }

    /// Members of the teams, each team once, skipping the excluded teams.
    private static func uniqueMembers(of teams: [String], in index: RosterIndex, excluding: [String]) -> [Int] {
        var seen = excluding
        var members: [Int] = []
        for team in teams where !seen.contains(team) {
            seen.append(team)
            members += index.members(of: team)
        }
        return members
    }
}
