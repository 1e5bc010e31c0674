import ZhibanModel

/// The greedy fill: keep what was planned and still holds, then fill each open place with the
/// best-suited person who breaks no hard rule.
extension PlanningBoard {
    /// Keeps the unpinned people already planned in the range, in time order, wherever they still
    /// keep every hard rule (and the place is not over-full).
    mutating func keepPrevious() {
        for target in timeOrder(targets.indices.filter { !targets[$0].pinned }) {
            let checkpoint = index.roster.checkpoints[targets[target].checkpoint]
            for name in previous[target] {
                guard open(target) > 0, let person = index.personByName[name],
                      checkpoint.accepts(team: facts.teams[person]),
                      refusal(of: person, on: target) == nil, requirementBlocking(person, on: target) == nil else { continue }
                place(person, on: target)
                kept[target].append(person)
            }
        }
    }

    /// Fills every open place, one date at a time; within a date the places with the fewest
    /// people free for them first (so a scarce person is not used up on an easy place). With
    /// `staggeringRests`, the people `restingEarly` names stay off that date.
    mutating func fillOpenPlaces(staggeringRests: Bool = false) {
        let outlook = staggeringRests && longestRun != nil ? restOutlook() : nil
        var start = 0
        while start < targets.count {
            let date = targets[start].slot.date
            var end = start
            while end < targets.count, targets[end].slot.date == date { end += 1 }
            let open = (start..<end).filter { !targets[$0].pinned && self.open($0) > 0 }
            let slack = open.map { freeKeepers(for: $0) - self.open($0) }
            let order = open.indices.sorted { lhs, rhs in
                if slack[lhs] != slack[rhs] { return slack[lhs] < slack[rhs] }
                return timeOrderPrecedes(open[lhs], open[rhs])
            }.map { open[$0] }
            let resting = outlook.map { restingEarly(on: date.dayNumber - request.from.dayNumber, $0) } ?? []
            for target in order { fill(target, sparing: resting) }
            if !teamsSharingNights.isEmpty { shareNights(among: start..<end) }
            start = end
        }
    }

    /// Fills one place: the people a rotation names, then the requirements, then the head count
    /// (never from the people `sparing` names).
    mutating func fill(_ target: Int, sparing: Set<Int> = []) {
        let checkpoint = index.roster.checkpoints[targets[target].checkpoint]
        for person in targets[target].designation.people where open(target) > 0 {
            if checkpoint.accepts(team: facts.teams[person]), refusal(of: person, on: target) == nil,
               requirementBlocking(person, on: target) == nil {
                place(person, on: target)
            }
        }
        let tiers = tiers(for: target)
        let facts = facts  // the closure below reads this copy, not `self` (which it would copy whole)
        for requirement in targets[target].requirements {
            while open(target) > 0, missing(requirement, on: target) > 0,
                  let person = best(in: tiers, on: target, where: { facts.meets(requirement, $0) && !sparing.contains($0) }) {
                place(person, on: target)
            }
        }
        while open(target) > 0, let person = best(in: tiers, on: target, where: { !sparing.contains($0) }) {
            place(person, on: target)
        }
    }

    /// How many more people meeting the requirement the target needs.
    func missing(_ requirement: Requirement, on target: Int) -> Int {
        requirement.count - placed[target].reduce(0) { $0 + (facts.meets(requirement, $1) ? 1 : 0) }
    }

    /// The best free person of the first tier that has one: fewest hours so far, then fewest
    /// nights (for a night shift), then the best suited by their wishes, then most often at this
    /// gate, then file order.
    private func best(in tiers: [[Int]], on target: Int, where accepted: (Int) -> Bool) -> Int? {
        let isNight = targets[target].busy.isNight
        let checkpoint = targets[target].checkpoint
        let (date, shift) = (targets[target].slot.date, targets[target].shift)
        for tier in tiers {
            var chosen: (person: Int, score: (Int, Int, Int, Int))?
            for person in tier where accepted(person) {
                // Hours and nights first: most people lose on them, before their wishes and visits are counted.
                let head = (minutes[person], isNight ? nights[person] : 0)
                if let current = chosen, head > (current.score.0, current.score.1) { continue }
                let score = (head.0, head.1, -facts.wishScore(of: person, on: date, shift: shift), -visitCount(of: person, at: checkpoint))
                if let current = chosen, !(score < current.score) { continue }
                guard refusal(of: person, on: target) == nil, requirementBlocking(person, on: target) == nil else { continue }
                chosen = (person, score)
            }
            if let chosen { return chosen.person }
        }
        return nil
    }

    /// How many people other than the reserve could take a place on the target right now.
    private func freeKeepers(for target: Int) -> Int {
        tiers(for: target).dropLast().reduce(0) { count, tier in
            count + tier.reduce(0) { $0 + (refusal(of: $1, on: target) == nil ? 1 : 0) }
        }
    }

    /// Targets in the order their shifts start (then checkpoint, then shift order).
    func timeOrder(_ chosen: [Int]) -> [Int] { chosen.sorted(by: timeOrderPrecedes) }

    private func timeOrderPrecedes(_ lhs: Int, _ rhs: Int) -> Bool {
        let (a, b) = (targets[lhs], targets[rhs])
        return (a.busy.span.start, a.checkpoint, a.layer) < (b.busy.span.start, b.checkpoint, b.layer)
    }
}

/// Assembling the planned duties.
extension PlanningBoard {
    /// Puts every known person already planned in the range back on their place, checking
    /// nothing (to explain the roster as it is).
    mutating func keepAsTheyAre() {
        for target in targets.indices where !targets[target].pinned {
            for name in previous[target] {
                if let person = index.personByName[name] { place(person, on: target) }
            }
        }
    }

    /// The roster's duties after planning, in slot order: untouched duties as they were, then
    /// one duty per planned place that has people or a note; on each, the people kept from
    /// before come first as they were, then the others in file order.
    func resultDuties() -> [Duty] {
        var duties = untouched
        for (number, target) in targets.enumerated() where !target.pinned {
            let added = placed[number].filter { !kept[number].contains($0) }.sorted()
            let before = target.existing?.people ?? []
            let names = facts.names  // not `self`, which the closure would copy
            let position = { (person: Int) in before.firstIndex(of: names[person]) ?? .max }
            let stayed = kept[number].sorted { position($0) < position($1) }  // as they stood before
            let people = (stayed + added).map { facts.names[$0] }
            if people.isEmpty, target.note.isEmpty { continue }
            duties.append(Duty(date: target.slot.date, shift: target.slot.shift, checkpoint: target.slot.checkpoint,
                               people: people, pinnedPeople: target.pinnedPeople.filter(people.contains), note: target.note,
                               location: target.existing?.location))
        }
        return duties.enumerated().sorted { ($0.element.slot, $0.offset) < ($1.element.slot, $1.offset) }.map(\.element)
    }
}
