import ZhibanModel

/// Plans duties: applies the roster's rotations, then fills every open place from the keeper
/// teams, then the reserve, never breaking a hard rule, never touching a pinned duty, and
/// explaining every place it leaves empty. The same roster and request always give the same plan.
///
/// ```swift
/// let result = Planner(roster).plan(PlanRequest(from: april1, to: april30))
/// result.changes.forEach { print($0) }     // 新增 2022-04-01 白班 南门：王伟
/// result.unfilled.forEach { print($0) }    // 2022-04-05 早班 3号进站口：需要 1 人，已排 0 人 — …
/// ```
public struct Planner: Sendable {
    let index: RosterIndex

    /// Prepares to plan this roster.
    public init(_ roster: Roster) {
        index = RosterIndex(roster)
    }

    /// A check of the same roster against the rules, sharing this planner's look-ups (what
    /// `zhiban check` runs beside `unfilledPlaces()`, building them once for a district).
    public var ruleChecker: RuleChecker { RuleChecker(index: index) }

    /// Plans the requested dates (and checkpoint). Unpinned duties already there are kept where
    /// they still keep every rule, unless `request.fresh`.
    public func plan(_ request: PlanRequest) -> PlanResult {
        plan(request, halves: RosterHalves(index: index, request: request))
    }

    /// Plans the request on one board, or on two at once when the roster is cut in halves that
    /// share no one (a district; the same plan either way).
    func plan(_ request: PlanRequest, halves: RosterHalves?) -> PlanResult {
        if let halves { return plan(request, inHalves: halves) }
        let turns = RotationTurns(index: index, firstDate: request.from)
        let board = Planner.plannedSharingNights([startBoard(request, turns)])[0]
        var roster = index.roster
        roster.duties = board.resultDuties()
        return PlanResult(roster: roster, changes: DutyChange.between(old: index.roster.duties, new: roster.duties, shifts: roster.shifts),
                          unfilled: board.unfilledPlaces(), shortfalls: board.shortfalls(), warnings: turns.problems)
    }

    /// The places already short in the roster as it is (nothing is planned), with reasons:
    /// what `zhiban check` lists. Defaults to the dates that have duties.
    public func unfilledPlaces(from: LocalDate? = nil, to: LocalDate? = nil, checkpoint: String? = nil) -> [UnfilledPlace] {
        guard let first = from ?? index.roster.dutyDateRange?.lowerBound,
              let last = to ?? index.roster.dutyDateRange?.upperBound else { return [] }
        let request = PlanRequest(from: first, to: last, checkpoint: checkpoint)
        guard !index.everyPlaceFilled(request) else { return [] }
        var board = PlanningBoard(index: index, request: request, turns: RotationTurns(index: index, firstDate: first))
        board.keepAsTheyAre()
        return board.unfilledPlaces()
    }

    /// The boards planned (one, or a district's two halves at once, decided together as one board
    /// would decide). Under init's limits over several days, where a team's nights are two or more
    /// apart, planned again with those teams sharing each date's nights as it is filled
    /// (`PlanningBoard+DateNights`), and that kept when it fills better, or as well with hours and
    /// then nights more even.
    static func plannedSharingNights(_ starts: [PlanningBoard]) -> [PlanningBoard] {
        let boards = planned(starts)
        guard starts[0].index.roster.settings.rules.hasWeekLimits else { return boards }
        let uneven = boards.reduce(Set<String>()) { $0.union($1.teamsWithNightsApart) }
        guard !uneven.isEmpty else { return boards }
        let shared = planned(starts.map { start in
            var sharing = start
            sharing.teamsSharingNights = uneven
            return sharing
        })
        return sharingIsBetter(shared: shared, plain: boards) ? shared : boards
    }

    /// Whether boards planned sharing nights by date beat those planned without (the halves of
    /// a district, or one board): fewer empty places and missing members, reserve calls, empty
    /// places on the worst date, then smaller spreads of hours, then of nights, in the teams.
    private static func sharingIsBetter(shared: [PlanningBoard], plain: [PlanningBoard]) -> Bool {
        let weigh = { (boards: [PlanningBoard]) in
            (PlanOutcome(adding: boards.map(\.outcomeParts)), boards.map(\.spreads).reduce([0, 0]) { zip($0, $1).map(+) })
        }
        let (sharing, without) = (weigh(shared), weigh(plain))
        return sharing.0 < without.0 || (sharing.0 == without.0 && sharing.1.lexicographicallyPrecedes(without.1))
    }

    /// The board with what is kept of the plan before (unless fresh), not yet filled.
    func startBoard(_ request: PlanRequest, _ turns: RotationTurns) -> PlanningBoard {
        var start = PlanningBoard(index: index, request: request, turns: turns)
        if !request.fresh { start.keepPrevious() }
        return start
    }

    /// The starts planned (one board, or a district's two halves at once, each on its own core).
    /// Under a limit on days in a row, places left empty may all fall on the days everyone must
    /// rest: planned again with rests staggered, and that kept when it is better for all together.
    static func planned(_ starts: [PlanningBoard]) -> [PlanningBoard] {
        let fill = { @Sendable (start: PlanningBoard, staggering: Bool) -> PlanningBoard in
            var board = start
            board.planOpenPlaces(staggeringRests: staggering)
            return board
        }
        let fillAll = { (staggering: Bool) -> [PlanningBoard] in
            guard starts.count == 2 else { return starts.map { fill($0, staggering) } }
            let (first, second) = TwoAtOnce.run({ fill(starts[0], staggering) }, { [starts] in fill(starts[1], staggering) })
            return [first, second]
        }
        let boards = fillAll(false)
        let outcome = PlanOutcome(adding: boards.map(\.outcomeParts))
        guard boards[0].longestRun != nil, outcome.short > 0 else { return boards }
        let staggered = fillAll(true)
        return PlanOutcome(adding: staggered.map(\.outcomeParts)) < outcome ? staggered : boards
    }
}

extension PlanningBoard {
    /// Fills the open places and improves the fill, every pass in turn.
    mutating func planOpenPlaces(staggeringRests: Bool) {
        fillOpenPlaces(staggeringRests: staggeringRests)
        improvePlaces()
        improveByChains()
        improveByPairs()
        improveByPaths()
        balanceTeams()
        fillOpenPlaces()  // balancing may free someone for a place left short
    }
}
