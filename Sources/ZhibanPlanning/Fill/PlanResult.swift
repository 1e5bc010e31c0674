import ZhibanModel

/// What a plan produced: the new roster, what changed, and what could not be filled and why.
public struct PlanResult: Hashable, Sendable {
    /// The roster with the planned duties (pinned and out-of-range duties untouched).
    public let roster: Roster
    /// Who was added, removed or moved, in slot order.
    public let changes: [DutyChange]
    /// Every planned shift left short, with reasons, in slot order.
    public let unfilled: [UnfilledPlace]
    /// Every date left short, said plainly.
    public let shortfalls: [DayShortfall]
    /// Problems with the declared rotations (each `file:line: …` when the line is known).
    public let warnings: [Localized]

    /// Creates a result.
    public init(roster: Roster, changes: [DutyChange], unfilled: [UnfilledPlace], shortfalls: [DayShortfall], warnings: [Localized]) {
        self.roster = roster
        self.changes = changes
        self.unfilled = unfilled
        self.shortfalls = shortfalls
        self.warnings = warnings
    }

    /// Person-places left empty.
    public var emptyPlaces: Int { unfilled.reduce(0) { $0 + $1.needed - $1.placed } }
}
