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

    /// Prepares checks for one slot of a roster: everyone's duties from the day before to the
    /// day after, by person.
    public init(roster: Roster, slot: Slot) {
        self.roster = roster
        self.slot = slot
        var byPerson: [String: [Duty]] = [:]
        let nearby = roster.dutiesOn(slot.date.adding(days: -1)) + roster.dutiesOn(slot.date) + roster.dutiesOn(slot.date.adding(days: 1))
        for duty in nearby where duty.slot != slot {
            for person in duty.people { byPerson[person, default: []].append(duty) }
        }
        dutiesByPerson = byPerson
        checkpointsByName = Dictionary(roster.checkpoints.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What placing `volunteer` on the slot would break, in words (`不能值 周六`); empty when nothing.
    public func problems(placing volunteer: Volunteer) -> [Localized] { broken(placing: volunteer).map(\.detail) }

    /// The rules placing `volunteer` on the slot would break, each with its name (`休息不足`) and
    /// what exactly is wrong, without the person's name; empty when nothing.
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
        let prefix = volunteer.name + " "
        return RuleChecker(trial).violations()
            .filter { $0.slot == slot && personal.contains($0.kind) && $0.people.contains(volunteer.name) }
            .map { violation in
                // The pick list says already whether someone keeps the checkpoint: the rule's name is enough.
                if violation.kind == .notKeeper { return (violation.kind.title, violation.kind.title) }
                let strip = { (text: String) in text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text }
                return (violation.kind.title, Localized(strip(violation.detail.zh), strip(violation.detail.en)))
            }
    }
}
