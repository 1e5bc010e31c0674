import ZhibanModel

extension Planner {
    /// Fills only the open places of `slots` (the places someone was just taken off), leaving
    /// every other duty as it is, even where it breaks a rule or is short: the stand-ins for a
    /// sick call, without re-planning anyone else. The result's changes, empty places and
    /// shortfalls concern those slots only.
    public func standIns(for slots: Set<Slot>, from: LocalDate, to: LocalDate) -> PlanResult {
        let original = index.roster
        var frozen = original
        for position in frozen.duties.indices where !slots.contains(frozen.duties[position].slot) {
            frozen.duties[position].pinned = true
        }
        let result = Planner(frozen).plan(PlanRequest(from: from, to: to))
        let before = Dictionary(original.duties.map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        var roster = result.roster
        roster.duties = result.roster.duties.compactMap { slots.contains($0.slot) ? $0 : before[$0.slot] }
        return PlanResult(roster: roster, changes: DutyChange.between(old: original.duties, new: roster.duties, shifts: roster.shifts),
                          unfilled: result.unfilled.filter { slots.contains($0.slot) }, shortfalls: [], warnings: [])
    }
}
