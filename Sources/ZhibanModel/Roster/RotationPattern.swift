/// A declared way of taking turns, read from the roster file and applied by the planner.
public struct RotationPattern: Hashable, Sendable {
    /// What takes turns.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Teams cycle by day or by shift in a fixed order.
        case teams
        /// A team's members rotate through a checkpoint's slots in a stable order.
        case members
        /// An activity visits compounds in order, staffed by the team responsible for each.
        case places
    }

    /// How often the turn moves on.
    public enum Step: String, Hashable, Sendable, CaseIterable {
        /// One step a day.
        case day
        /// One step a shift.
        case shift
    }

    /// What takes turns.
    public var kind: Kind
    /// The checkpoint it applies to (nil: every checkpoint the named teams keep).
    public var checkpoint: String?
    /// The teams, in turn order (`teams`), or the one team (`members`).
    public var teams: [String]
    /// The compounds, in turn order (`places`).
    public var compounds: [String]
    /// How often the turn moves on.
    public var step: Step
    /// The date on which the first in the order is on duty (nil: the first planned date).
    public var start: LocalDate?
    /// Extra steps added to the turn (e.g. to keep day and night layers apart).
    public var offset: Int
    /// Where it was defined, for messages.
    public var location: SourceLocation?

    /// Creates a pattern.
    public init(
        kind: Kind, checkpoint: String? = nil, teams: [String] = [], compounds: [String] = [], step: Step = .day,
        start: LocalDate? = nil, offset: Int = 0, location: SourceLocation? = nil
    ) {
        self.kind = kind
        self.checkpoint = checkpoint
        self.teams = teams
        self.compounds = compounds
        self.step = step
        self.start = start
        self.offset = offset
        self.location = location
    }

    public static func == (lhs: RotationPattern, rhs: RotationPattern) -> Bool {
        lhs.kind == rhs.kind && lhs.checkpoint == rhs.checkpoint && lhs.teams == rhs.teams
            && lhs.compounds == rhs.compounds && lhs.step == rhs.step && lhs.start == rhs.start && lhs.offset == rhs.offset
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(checkpoint)
        hasher.combine(teams)
    }
}
