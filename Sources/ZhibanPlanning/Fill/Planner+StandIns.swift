import ZhibanModel

extension Planner {
    /// Fills only the open places of `slots` (the places someone was just taken off), leaving
    /// every other duty as it is, even where it breaks a rule or is short: the stand-ins for a
    /// sick call, without re-planning anyone else. The result's changes, empty places and
    /// shortfalls concern those slots only. `servedBalance` weighs what was served, as a re-plan
    /// does (`PlanRequest.servedBalance`).
    public func standIns(for slots: Set<Slot>, from: LocalDate, to: LocalDate, servedBalance: [String: Int] = [:]) -> PlanResult {
        let original = index.roster
        var frozen = original
        for position in frozen.duties.indices where !slots.contains(frozen.duties[position].slot) {
            frozen.duties[position].pinned = true
        }
        // The shifts nobody is planned on yet stay unplanned too: a pinned empty duty holds each,
        // or the planner would spend the stand-ins there (and drop them below).
        let planned = Set(original.duties.map(\.slot))
        for checkpoint in original.checkpoints {
            for slot in index.slots(of: checkpoint, on: from.through(to)) where !slots.contains(slot) && !planned.contains(slot) {
                frozen.duties.append(Duty(date: slot.date, shift: slot.shift, checkpoint: slot.checkpoint, people: [], pinned: true))
            }
        }
        frozen.sortDuties()
        let result = Planner(frozen).plan(PlanRequest(from: from, to: to, servedBalance: servedBalance))
        let before = Dictionary(original.duties.map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        var roster = result.roster
        roster.duties = result.roster.duties.compactMap { slots.contains($0.slot) ? $0 : before[$0.slot] }
        return PlanResult(roster: roster, changes: DutyChange.between(old: original.duties, new: roster.duties, shifts: roster.shifts),
                          unfilled: result.unfilled.filter { slots.contains($0.slot) }, shortfalls: [], warnings: [])
    }
}
