import ZhibanModel

/// What one edit changed, kept small enough that a district roster (45,000 duties) can hold a
/// long undo history: the duties of the slots that changed, and the definition lists only when
/// they changed (arrays share storage, so keeping one costs nothing until it is edited again).
struct RosterChange: Sendable {
    /// Slots whose duty changed, in order.
    private(set) var slots: [Slot] = []
    /// Their duties before (nil: there was none).
    private var before: [Duty?] = []
    /// Their duties after (nil: removed).
    private var after: [Duty?] = []
    /// The definitions before and after, when any of them changed.
    private var definitions: (before: RosterDefinitions, after: RosterDefinitions)?

    /// The change that turns `old` into `new`. Both must keep their duties sorted by slot.
    init(from old: Roster, to new: Roster) {
        let oldDefinitions = RosterDefinitions(old)
        let newDefinitions = RosterDefinitions(new)
        if oldDefinitions != newDefinitions { definitions = (oldDefinitions, newDefinitions) }
        let oldDuties = old.duties
        let newDuties = new.duties
        var i = 0
        var j = 0
        while i < oldDuties.count || j < newDuties.count {
            // Most duties are untouched (and share their strings), so equality is the quick test.
            if i < oldDuties.count, j < newDuties.count, oldDuties[i] == newDuties[j] {
                i += 1
                j += 1
            } else if j == newDuties.count || (i < oldDuties.count && oldDuties[i].slot < newDuties[j].slot) {
                record(oldDuties[i].slot, oldDuties[i], nil)
                i += 1
            } else if i == oldDuties.count || newDuties[j].slot < oldDuties[i].slot {
                record(newDuties[j].slot, nil, newDuties[j])
                j += 1
            } else {
                if oldDuties[i] != newDuties[j] { record(newDuties[j].slot, oldDuties[i], newDuties[j]) }
                i += 1
                j += 1
            }
        }
    }

    /// Whether the edit changed nothing.
    var isEmpty: Bool { slots.isEmpty && definitions == nil }

    /// Turns the roster after the edit back into the roster before it.
    func undo(_ roster: inout Roster) {
        definitions?.before.apply(to: &roster)
        for (slot, duty) in zip(slots, before) { roster.setDuty(duty, at: slot) }
    }

    /// Turns the roster before the edit into the roster after it.
    func redo(_ roster: inout Roster) {
        definitions?.after.apply(to: &roster)
        for (slot, duty) in zip(slots, after) { roster.setDuty(duty, at: slot) }
    }

    private mutating func record(_ slot: Slot, _ old: Duty?, _ new: Duty?) {
        slots.append(slot)
        before.append(old)
        after.append(new)
    }
}

/// Everything in a roster except its duties.
struct RosterDefinitions: Equatable, Sendable {
    var settings: RosterSettings
    var shifts: [Shift]
    var checkpoints: [Checkpoint]
    var teams: [Team]
    var volunteers: [Volunteer]
    var rotations: [RotationPattern]

    init(_ roster: Roster) {
        settings = roster.settings
        shifts = roster.shifts
        checkpoints = roster.checkpoints
        teams = roster.teams
        volunteers = roster.volunteers
        rotations = roster.rotations
    }

    func apply(to roster: inout Roster) {
        roster.settings = settings
        roster.shifts = shifts
        roster.checkpoints = checkpoints
        roster.teams = teams
        roster.volunteers = volunteers
        roster.rotations = rotations
    }
}
