import ZhibanModel

/// Which rules a person would break if put on a slot, asked of the planner's rule checker on a
/// small roster holding only that person's duties around the date and the slot itself: what the
/// interface's pick list and its rule-break question ask, and what `zhiban record` warns of for a
/// substitute or an extra person.
public struct CandidateCheck: Sendable {
    private let roster: Roster
    private let slot: Slot
    private let dutiesByPerson: [String: [Duty]]
    private let checkpointsByName: [String: Checkpoint]

    /// Prepares checks for one slot of a roster: everyone's duties as far either side of its date
    /// as the rules reach (a day for rest, a week or the longest run for the limits over several
    /// days), by person.
    public init(roster: Roster, slot: Slot) {
        self.roster = roster
        self.slot = slot
        var byPerson: [String: [Duty]] = [:]
        let reach = roster.settings.rules.reachInDays
        let nearby = (-reach...reach).flatMap { roster.dutiesOn(slot.date.adding(days: $0)) }
        for duty in nearby where duty.slot != slot {
            for person in duty.people { byPerson[person, default: []].append(duty) }
        }
        dutiesByPerson = byPerson
        checkpointsByName = Dictionary(roster.checkpoints.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What placing `volunteer` on the slot would break, in words (`不能值 周六`); empty when nothing.
    public func problems(placing volunteer: Volunteer) -> [Localized] { broken(placing: volunteer).map(\.detail) }

    /// The rules placing `volunteer` on the slot would break, each with its name (`休息不足`) and
    /// what exactly is wrong, without the person's name; empty when nothing. A limit over several
    /// days is reported where the run or the week it breaks ends, which may be a later duty: such
    /// a break counts when placing the person makes it, not when it was there before.
    public func broken(placing volunteer: Volunteer) -> [(rule: Localized, detail: Localized)] {
        var trial = roster
        trial.volunteers = [volunteer]
        trial.duties = (dutiesByPerson[volunteer.name] ?? []).map { duty in
            var own = duty
            own.people = [volunteer.name]
            return own
        }
        trial.duties.append(Duty(date: slot.date, shift: slot.shift, checkpoint: slot.checkpoint, people: [volunteer.name]))
        trial.sortDuties()
        let used = Set(trial.duties.map(\.checkpoint))
        trial.checkpoints = used.sorted().compactMap { checkpointsByName[$0] }
        let personal: Set<RuleViolation.Kind> = [.unavailable, .doubleBooked, .rest, .dailyHours, .notKeeper]
        let overDays: Set<RuleViolation.Kind> = [.daysInARow, .daysOff, .nightsInARow, .weeklyHours]
        let violations = RuleChecker(trial).violations().filter { $0.people.contains(volunteer.name) }
        var untouched = trial
        untouched.duties.removeAll { $0.slot == slot }  // the person's own duties, still in order
        let already = violations.contains { overDays.contains($0.kind) }
            ? Set(RuleChecker(untouched).violations().filter { overDays.contains($0.kind) }.map(BreakPlace.init))
            : []
        var madeOverDays = Set<RuleViolation.Kind>()
        let prefix = volunteer.name + " "
        return violations
            .filter { violation in
                if personal.contains(violation.kind) { return violation.slot == slot }
                guard overDays.contains(violation.kind), !already.contains(BreakPlace(violation)) else { return false }
                return madeOverDays.insert(violation.kind).inserted
            }
            .map { violation in
                // The pick list says already whether someone keeps the checkpoint: the rule's name is enough.
                if violation.kind == .notKeeper { return (violation.kind.title, violation.kind.title) }
                let strip = { (text: String) in text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text }
                return (violation.kind.title, Localized(strip(violation.detail.zh), strip(violation.detail.en)))
            }
    }
}

/// A rule and the slot it is reported at, to tell a break placing someone makes from one that was there.
private struct BreakPlace: Hashable {
    let kind: RuleViolation.Kind
    let slot: Slot

    init(_ violation: RuleViolation) {
        kind = violation.kind
        slot = violation.slot
    }
}
