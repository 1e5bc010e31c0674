import ZhibanModel

extension RosterIndex {
    /// Whether every place of the request already has as many known people as its checkpoint
    /// needs, told from the duties alone, without the planner's board (which a district month
    /// takes a third of `zhiban check` to build, only to find nothing empty).
    ///
    /// A place counts each known volunteer on its duty once; the board counts at least as
    /// many, so `true` means the board would find no open place. It answers `false` — "build
    /// the board and see" — when a place is short, and also when one has two duty rows, which
    /// the board resolves its own way.
    func everyPlaceFilled(_ request: PlanRequest) -> Bool {
        let first = request.from.dayNumber
        let days = request.to.dayNumber - first + 1
        guard days > 0 else { return true }
        let checkpoints = roster.checkpoints
        // Per checkpoint, per date and shift (in the checkpoint's order): the people counted, or
        // -1 for a place with no duty yet.
        var counted = checkpoints.map { Array(repeating: -1, count: days * $0.shifts.count) }
        var places = DutyPlaces(self)
        for duty in roster.duties {
            let day = duty.date.dayNumber - first
            guard day >= 0, day < days, let (position, shift, _) = places.place(of: duty),
                  request.checkpoint == nil || request.checkpoint == checkpoints[position].name else { continue }
            let place = day * checkpoints[position].shifts.count + shift
            guard counted[position][place] < 0 else { return false }
            counted[position][place] = duty.distinctPeople.count { personByName[$0] != nil }
        }
        for (position, checkpoint) in checkpoints.enumerated()
        where request.checkpoint == nil || request.checkpoint == checkpoint.name {
            let needed = checkpoint.peoplePerShift
            guard needed > 0 else { continue }
            for shift in checkpoint.shifts.indices where places.isDefined(checkpoint: position, shift: shift) {
                for day in 0..<days where counted[position][day * checkpoint.shifts.count + shift] < needed { return false }
            }
        }
        return true
    }
}
