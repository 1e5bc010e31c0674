import ZhibanModel

/// Planning a district in two halves at once (`RosterHalves`): each half on its own board on
/// its own core, through the same steps as one board, then put together as one board would
/// have them: the duties in slot order, the empty places in the order of the places, the short
/// dates added up. Whether to fill again with rests staggered, and whether to share nights by
/// date, is decided for the whole roster, as one board decides it.
extension Planner {
    func plan(_ request: PlanRequest, inHalves halves: RosterHalves) -> PlanResult {
        let planners = halves.halves.map { Planner($0.roster) }
        let (first, second) = (planners[0], planners[1])
        let start = { @Sendable (planner: Planner) in planner.startBoard(request, RotationTurns(index: planner.index, firstDate: request.from)) }
        let starts = TwoAtOnce.run({ start(first) }, { start(second) })
        let boards = Planner.plannedSharingNights([starts.0, starts.1])
        let (firstDone, secondDone) = TwoAtOnce.run({ Planner.outcome(of: boards[0]) }, { [boards] in Planner.outcome(of: boards[1]) })
        var roster = index.roster
        roster.duties = Roster.inSlotOrder(firstDone.duties + secondDone.duties)
        let unfilled = firstDone.unfilled + secondDone.unfilled
        return PlanResult(roster: roster, changes: DutyChange.between(old: index.roster.duties, new: roster.duties, shifts: roster.shifts),
                          unfilled: NameRanks.slotOrder(of: unfilled.map(\.slot)).map { unfilled[$0] },
                          shortfalls: shortfalls(adding: [firstDone.days, secondDone.days], people: halves.halves.map(\.people)),
                          warnings: RotationTurns(index: index, firstDate: request.from).problems)
    }

    /// What a half's board gives: its duties, its empty places, its dates' totals.
    private static func outcome(of board: PlanningBoard) -> (duties: [Duty], unfilled: [UnfilledPlace], days: [PlanningBoard.DayTotal]) {
        (board.resultDuties(), board.unfilledPlaces(), board.dayTotals())
    }

    /// The short dates of the halves' totals added up, the people who cannot serve named in
    /// the whole roster's file order (`people` says where each half's volunteers stand in it).
    private func shortfalls(adding halves: [[PlanningBoard.DayTotal]], people: [[Int]]) -> [DayShortfall] {
        var byDate: [LocalDate: (needed: Int, filled: Int, away: [Int])] = [:]
        for (half, days) in halves.enumerated() {
            for day in days {
                byDate[day.date, default: (0, 0, [])].needed += day.needed
                byDate[day.date, default: (0, 0, [])].filled += day.filled
                byDate[day.date, default: (0, 0, [])].away += day.unavailable.map { people[half][$0] }
            }
        }
        return byDate.keys.sorted().compactMap { date in
            let day = byDate[date]!
            guard day.filled < day.needed else { return nil }
            return DayShortfall(date: date, needed: day.needed, filled: day.filled,
                                unavailable: day.away.sorted().map { index.roster.volunteers[$0].name })
        }
    }
}
