import ZhibanModel

/// Explanations of the places the board could not fill.
extension PlanningBoard {
    /// Every target with fewer people than it needs, with each possible candidate's reason, in slot order.
    func unfilledPlaces() -> [UnfilledPlace] {
        targets.indices.filter { open($0) > 0 }.map(explain)
    }

    /// The dates with places left empty, with who could not serve that day.
    func shortfalls() -> [DayShortfall] {
        dayTotals().filter { $0.filled < $0.needed }.map {
            DayShortfall(date: $0.date, needed: $0.needed, filled: $0.filled, unavailable: $0.unavailable.sorted().map { facts.names[$0] })
        }
    }

    /// One date's places: person-places needed and filled, and (when some are empty) the people
    /// who could have stood on an empty one but cannot serve then.
    struct DayTotal: Sendable {
        let date: LocalDate
        let needed: Int
        let filled: Int
        let unavailable: [Int]
    }

    /// Every planned date's totals, in date order (what `shortfalls` says of the short ones;
    /// the halves of a district add theirs up).
    func dayTotals() -> [DayTotal] {
        var result: [DayTotal] = []
        var start = 0
        while start < targets.count {
            let date = targets[start].slot.date
            var end = start
            while end < targets.count, targets[end].slot.date == date { end += 1 }
            let needed = (start..<end).reduce(0) { $0 + targets[$1].needed }
            let filled = (start..<end).reduce(0) { $0 + min(targets[$1].needed, placed[$1].count) }
            var away: [Int] = []
            if filled < needed {
                for target in start..<end where open(target) > 0 {
                    for person in tiers(for: target).joined() where !away.contains(person) {
                        if case .unavailable? = refusal(of: person, on: target) { away.append(person) }
                    }
                }
            }
            result.append(DayTotal(date: date, needed: needed, filled: filled, unavailable: away))
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
