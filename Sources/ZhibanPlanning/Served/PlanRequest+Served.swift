import ZhibanModel

extension PlanRequest {
    /// The same request weighing what was served in the four weeks before `from`
    /// (`ServedTally.balance`): a substitute's extra shifts count toward their load, the person
    /// replaced is behind. What `zhiban rotate` and the interface's re-plans plan with.
    public func counting(served record: ServedRecord, of roster: Roster, today: LocalDate) -> PlanRequest {
        var request = self
        request.servedBalance = ServedTally.balance(roster, record: record, before: from, today: today)
        return request
    }
}
