import ZhibanModel

/// One community's figures for a district view, over its planned dates (or the dates asked):
/// how many places were needed and filled, the shifts short of a party member, hours on duty,
/// and the teams sharing their load least evenly. Names of places and teams only: never a phone.
public struct CommunitySummary: Hashable, Sendable {
    /// The team whose members' hours differ most, and by how many minutes.
    public struct TeamSpread: Hashable, Sendable {
        /// The team.
        public let team: String
        /// Most minutes of one member minus fewest.
        public let minutes: Int
    }

    /// The folder's name, which tells communities apart.
    public let folder: String
    /// The roster's title.
    public let title: String
    /// The dates counted, nil when nothing is planned.
    public let dates: ClosedRange<LocalDate>?
    /// Places (people × shifts) the checkpoints need over the dates.
    public let needed: Int
    /// Places filled.
    public let filled: Int
    /// Shifts (with or without people) whose checkpoint asks for party members and that have fewer.
    public let shortOfPartyMember: Int
    /// Minutes on duty, everyone together.
    public let minutes: Int
    /// The teams with the widest spread of hours, widest first (at most three, none with 0).
    public let worstSpreads: [TeamSpread]

    /// Places left empty.
    public var empty: Int { max(needed - filled, 0) }
    /// Filled places as a share of those needed (1 when nothing is needed).
    public var coverage: Double { needed == 0 ? 1 : Double(filled) / Double(needed) }

    /// Sums up `roster`, known as `folder`, from `from` to `to` (defaults: its first and last duty).
    public init(folder: String, roster: Roster, from: LocalDate? = nil, to: LocalDate? = nil) {
        let stats = RosterStats(roster, from: from, to: to)
        self.folder = folder
        title = roster.settings.title
        dates = stats.dates
        needed = stats.coverage.reduce(0) { $0 + $1.needed }
        filled = stats.coverage.reduce(0) { $0 + $1.filled }
        minutes = stats.people.reduce(0) { $0 + $1.minutes }
        worstSpreads = stats.teams.filter { $0.minutesSpread > 0 }
            .sorted { ($1.minutesSpread, $0.name) < ($0.minutesSpread, $1.name) }
            .prefix(3).map { TeamSpread(team: $0.name, minutes: $0.minutesSpread) }
        shortOfPartyMember = stats.dates.map { CommunitySummary.shortOfPartyMember(roster, in: $0) } ?? 0
    }

    /// Shifts in `dates` whose checkpoint asks for N party members and that have fewer on them:
    /// the duties with too few, and every shift with no duty at all.
    static func shortOfPartyMember(_ roster: Roster, in dates: ClosedRange<LocalDate>) -> Int {
        let partyMembers = Set(roster.volunteers.filter(\.isPartyMember).map { NameKey($0.name) })
        let shiftNames = Set(roster.shifts.map(\.name))
        let days = dates.lowerBound.distance(to: dates.upperBound) + 1
        var wanted: [String: (count: Int, shifts: [String])] = [:]
        var short = 0
        for checkpoint in roster.checkpoints {
            let count = checkpoint.requirements.filter { $0.kind == .partyMembers }.map(\.count).max() ?? 0
            let shifts = Set(checkpoint.shifts).intersection(shiftNames)
            guard count > 0, wanted[checkpoint.name] == nil else { continue }
            wanted[checkpoint.name] = (count, Array(shifts))
            short += days * shifts.count  // each planned shift below takes one off again
        }
        // Duties come a checkpoint at a time: its wants are looked up (hashing its name) once per run.
        var last: (checkpoint: String, want: (count: Int, shifts: [String])?)?
        for duty in roster.duties where dates.contains(duty.date) {
            if last.map({ NameKey.same($0.checkpoint, duty.checkpoint) }) != true { last = (duty.checkpoint, wanted[duty.checkpoint]) }
            guard let want = last?.want, want.shifts.contains(where: { NameKey.same($0, duty.shift) }) else { continue }
            if duty.distinctPeople.count(where: { partyMembers.contains(NameKey($0)) }) >= want.count { short -= 1 }
        }
        return short
    }
}
