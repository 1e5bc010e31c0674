import ZhibanModel
import ZhibanPlanning

/// The figures a plan is judged by against a solver, counted from the planned roster itself:
/// empty places plus missing party members (and skills), then reserve calls.
public struct PlanScore: Hashable, Sendable, CustomStringConvertible {
    /// Empty places plus the members each shift still lacks for its requirements.
    public let shortfall: Int
    /// Shifts served at a checkpoint the person's team does not keep.
    public let reserveCalls: Int

    /// Creates figures.
    public init(shortfall: Int, reserveCalls: Int) {
        self.shortfall = shortfall
        self.reserveCalls = reserveCalls
    }

    /// Counts the figures of `roster` over the dates of `request`.
    public init(_ roster: Roster, _ request: PlanRequest) {
        let volunteers = Dictionary(roster.volunteers.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let duties = Dictionary(roster.duties.map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        var shortfall = 0
        for date in request.dates {
            for checkpoint in roster.checkpoints {
                for shift in checkpoint.shifts {
                    let people = (duties[Slot(date: date, shift: shift, checkpoint: checkpoint.name)]?.people ?? [])
                        .compactMap { volunteers[$0] }
                    shortfall += max(0, checkpoint.peoplePerShift - people.count)
                    for requirement in checkpoint.requirements {
                        shortfall += max(0, requirement.count - people.filter { requirement.isMet(by: $0) }.count)
                    }
                }
            }
        }
        self.shortfall = shortfall
        reserveCalls = RosterStats(roster, from: request.from, to: request.to).people.reduce(0) { $0 + $1.reserveCalls }
    }

    /// `2 + 1 reserve`: shortfall, then reserve calls.
    public var description: String { "\(shortfall) short, \(reserveCalls) reserve" }

    /// These figures plus a gap.
    public func adding(_ gap: PlanScore?) -> PlanScore {
        PlanScore(shortfall: shortfall + (gap?.shortfall ?? 0), reserveCalls: reserveCalls + (gap?.reserveCalls ?? 0))
    }

    /// Whether these figures are no worse than `other`: less short, or as short with no more reserve calls.
    public func isAtMost(_ other: PlanScore) -> Bool {
        (shortfall, reserveCalls) <= (other.shortfall, other.reserveCalls)
    }
}
