import ZhibanModel

/// Explanations of the places the board could not fill.
extension PlanningBoard {
    /// Every target with fewer people than it needs, with each possible candidate's reason, in slot order.
    func unfilledPlaces() -> [UnfilledPlace] {
        targets.indices.filter { open($0) > 0 }.map(explain)
    }

    /// The dates with places left empty, with who could not serve that day.
    func shortfalls() -> [DayShortfall] {
        var result: [DayShortfall] = []
        var start = 0
        while start < targets.count {
            let date = targets[start].slot.date
            var end = start
            while end < targets.count, targets[end].slot.date == date { end += 1 }
            let needed = (start..<end).reduce(0) { $0 + targets[$1].needed }
            let filled = (start..<end).reduce(0) { $0 + min(targets[$1].needed, placed[$1].count) }
            if filled < needed {
                var away: [Int] = []
                for target in start..<end where open(target) > 0 {
                    for person in tiers(for: target).joined() where !away.contains(person) {
                        if case .unavailable? = refusal(of: person, on: target) { away.append(person) }
                    }
                }
                result.append(DayShortfall(date: date, needed: needed, filled: filled, unavailable: away.sorted().map { facts.names[$0] }))
            }
            start = end
        }
        return result
    }

    /// Why one target is short.
    private func explain(_ target: Int) -> UnfilledPlace {
        let candidates = tiers(for: target).joined().compactMap { person -> CandidateRefusal? in
            let refusal = refusal(of: person, on: target)
            if refusal == .alreadyOnShift { return nil }
            let blocking = refusal == nil ? requirementBlocking(person, on: target).map { PlacementRefusal.lacks($0.kind) } : nil
            return CandidateRefusal(person: facts.names[person], team: facts.teams[person], refusal: refusal ?? blocking)
        }
        let unmet = targets[target].requirements.compactMap { requirement -> Requirement? in
            let short = missing(requirement, on: target)
            return short > 0 ? Requirement(kind: requirement.kind, count: short) : nil
        }
        let slot = targets[target]
        return UnfilledPlace(slot: slot.slot, needed: slot.needed, placed: placed[target].count, unmet: unmet,
                             pinned: slot.pinned, candidates: candidates, location: slot.existing?.location)
    }
}
