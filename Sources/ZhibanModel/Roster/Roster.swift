/// The whole plan of one neighbourhood: settings, shifts, checkpoints, teams, volunteers,
/// rotation patterns and the duties planned or typed in.
///
/// A value type: every edit makes a new roster, which is what undo and the planner rely on.
/// Arrays keep the order of the files; look-ups by name go through the indexes built on demand.
public struct Roster: Hashable, Sendable {
    /// Title, time zone and rules.
    public var settings: RosterSettings
    /// The shifts, in the order of the day.
    public var shifts: [Shift]
    /// The checkpoints, in file order.
    public var checkpoints: [Checkpoint]
    /// The teams, in file order.
    public var teams: [Team]
    /// The volunteers, in file order.
    public var volunteers: [Volunteer]
    /// Declared rotations, applied by the planner before auto-fill.
    public var rotations: [RotationPattern]
    /// The duties, kept sorted by slot.
    public var duties: [Duty]

    /// Creates a roster.
    public init(
        settings: RosterSettings, shifts: [Shift] = [], checkpoints: [Checkpoint] = [], teams: [Team] = [],
        volunteers: [Volunteer] = [], rotations: [RotationPattern] = [], duties: [Duty] = []
    ) {
        self.settings = settings
        self.shifts = shifts
        self.checkpoints = checkpoints
        self.teams = teams
        self.volunteers = volunteers
        self.rotations = rotations
        self.duties = duties
    }

    /// An empty roster with a title and the rules recommended for a new roster.
    public static func empty(title: String) -> Roster { Roster(settings: RosterSettings(title: title, rules: .recommended)) }

    /// The shift with this name.
    public func shift(named name: String) -> Shift? { shifts.first { $0.name == name } }
    /// The checkpoint with this name.
    public func checkpoint(named name: String) -> Checkpoint? { checkpoints.first { $0.name == name } }
    /// The team with this name.
    public func team(named name: String) -> Team? { teams.first { $0.name == name } }
    /// The volunteer with this name (for many look-ups, build a `volunteersByName` dictionary once).
    public func volunteer(named name: String) -> Volunteer? { volunteers.first { $0.name == name } }

    /// Every volunteer by name (the first one wins where names repeat).
    public var volunteersByName: [String: Volunteer] {
        Dictionary(volunteers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every shift by name.
    public var shiftsByName: [String: Shift] {
        Dictionary(shifts.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The members of a team, in file order.
    public func members(of team: String) -> [Volunteer] { volunteers.filter { $0.team == team } }

    /// The duties on one date, in slot order.
    public func duties(on date: LocalDate) -> [Duty] { duties.filter { $0.date == date } }

    /// The first and last date with a duty, if any.
    public var dutyDateRange: ClosedRange<LocalDate>? {
        guard let first = duties.map(\.date).min(), let last = duties.map(\.date).max() else { return nil }
        return first...last
    }

    /// Sorts the duties by slot, the order they are stored in.
    public mutating func sortDuties() { Roster.sortInSlotOrder(&duties) }

    /// Sorts duties by slot (date, checkpoint, shift), as `sortDuties` sorts a roster's (a stable
    /// sort; nothing to do, in one pass, when they already are: a plan's always are).
    public static func sortInSlotOrder(_ duties: inout [Duty]) {
        guard duties.indices.dropFirst().contains(where: { duties[$0].slot < duties[$0 - 1].slot }) else { return }
        duties.sort { $0.slot < $1.slot }
    }

    /// The duties sorted as `sortInSlotOrder` sorts them.
    public static func inSlotOrder(_ duties: [Duty]) -> [Duty] {
        var sorted = duties
        sortInSlotOrder(&sorted)
        return sorted
    }
}
