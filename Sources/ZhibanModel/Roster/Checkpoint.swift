/// A checkpoint (卡口): a post at a compound gate or station entrance, staffed per shift.
public struct Checkpoint: Hashable, Sendable {
    /// Unique name, e.g. `天瑞城市花园南门`.
    public var name: String
    /// The compound (小区) it guards.
    public var compound: String
    /// The hours it must be staffed, e.g. 00:00–24:00.
    public var openFrom: ClockTime
    /// End of the staffed hours.
    public var openUntil: ClockTime
    /// Names of the shifts used there, in the order of the day.
    public var shifts: [String]
    /// People on each shift.
    public var peoplePerShift: Int
    /// What each shift needs beyond the head count.
    public var requirements: [Requirement]
    /// The teams that keep it, in the order they are called on.
    public var keepers: [String]
    /// The team called on when the keepers are short.
    public var reserve: String?
    /// Where it was defined, for messages.
    public var location: SourceLocation?

    /// Creates a checkpoint.
    public init(
        name: String, compound: String, openFrom: ClockTime, openUntil: ClockTime, shifts: [String],
        peoplePerShift: Int, requirements: [Requirement] = [], keepers: [String], reserve: String? = nil,
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.compound = compound
        self.openFrom = openFrom
        self.openUntil = openUntil
        self.shifts = shifts
        self.peoplePerShift = peoplePerShift
        self.requirements = requirements
        self.keepers = keepers
        self.reserve = reserve
        self.location = location
    }

    /// The staffed hours as written in the files: `00:00-24:00`.
    public var hoursText: String { "\(openFrom)-\(openUntil)" }

    /// Whether a team may be placed here: a keeper, or the reserve.
    public func accepts(team: String) -> Bool {
        keepers.contains { NameKey.same($0, team) } || reserve.map { NameKey.same($0, team) } == true
    }

    public static func == (lhs: Checkpoint, rhs: Checkpoint) -> Bool {
        lhs.name == rhs.name && lhs.compound == rhs.compound && lhs.openFrom == rhs.openFrom
            && lhs.openUntil == rhs.openUntil && lhs.shifts == rhs.shifts && lhs.peoplePerShift == rhs.peoplePerShift
            && lhs.requirements == rhs.requirements && lhs.keepers == rhs.keepers && lhs.reserve == rhs.reserve
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
