import ZhibanModel

/// What to plan: a date range, optionally one checkpoint, keeping or discarding what was planned before.
public struct PlanRequest: Hashable, Sendable {
    /// First date planned.
    public var from: LocalDate
    /// Last date planned (inclusive).
    public var to: LocalDate
    /// Only this checkpoint (nil: every checkpoint).
    public var checkpoint: String?
    /// Discard unpinned duties already in the range instead of keeping those still valid.
    public var fresh: Bool
    /// Per person, minutes served beyond (or, negative, short of) what was planned before these
    /// dates (`ServedTally.balance`): the planner starts each person's load from it, so a
    /// substitute's extra shifts count toward their load and a missed one toward the absentee's.
    public var servedBalance: [String: Int]

    /// Creates a request.
    public init(
        from: LocalDate, to: LocalDate, checkpoint: String? = nil, fresh: Bool = false, servedBalance: [String: Int] = [:]
    ) {
        self.from = from
        self.to = to
        self.checkpoint = checkpoint
        self.fresh = fresh
        self.servedBalance = servedBalance
    }

    /// The dates planned, in order.
    public var dates: [LocalDate] { from.through(to) }
}
