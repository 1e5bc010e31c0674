import ZhibanModel

/// The improvement pass after the greedy fill. The greedy fill decides one place at a time; this
/// pass takes a group of places no one person can stand two of (a day's shifts at the gates that
/// share people, when rest or the daily limit forbids two shifts a day; else one shift time) and
/// places everyone this plan put there again at once, by a minimum-cost matching: fill places
/// first (a place kept for a 党员 counts twice, for the place and the requirement), then avoid
/// the reserve, then keep free the people an empty place on the day before or after could use,
/// then the fewest hours. A group changes only when that strictly lowers its empty places,
/// shortfalls, reserve calls or blocked neighbours, so nothing gets worse; sweeps run forwards
/// and backwards over the dates until nothing changes. People kept from an earlier plan, people
/// a rotation names and pinned duties never move.
extension PlanningBoard {
    /// Weights of the matching, each far above everything after it.
    private enum Weight {
        static let place = 1_000_000_000_000
        static let reserve = 1_000_000_000
        static let blocking = 1_000_000
        static let blockingKeeper = 10_000
    }

    /// Improves the fill until a sweep changes nothing (at most six sweeps).
    mutating func improvePlaces() {
        let groups = exclusiveGroups()
        guard !groups.isEmpty else { return }
        for sweep in 0..<6 {
            var changed = false
            for position in groups.indices {
                let group = groups[sweep % 2 == 0 ? position : groups.count - 1 - position]
                if hasProblem(near: group), rematch(group.targets, neighbours: group.neighbours) { changed = true }
            }
            if !changed { break }
        }
    }

    /// One group of mutually exclusive places, with the places of its gates on the day before, that day and the day after.
    private struct ExclusiveGroup {
        let targets: [Int]
        let neighbours: [Int]
    }

    /// The groups, in date order: per date and per cluster of gates sharing people, the
    /// unpinned places with at most one requirement, as one group when no one can stand two of
    /// them, else one group per shift time.
    private func exclusiveGroups() -> [ExclusiveGroup] {
        let cluster = checkpointClusters()
        var byClusterDay: [[Int]: [Int]] = [:]
        var order: [[Int]] = []
        for target in targets.indices {
            let key = [cluster[targets[target].checkpoint], targets[target].slot.date.dayNumber]
            if byClusterDay[key] == nil { order.append(key) }
            byClusterDay[key, default: []].append(target)
        }
        var groups: [ExclusiveGroup] = []
        for key in order {
            let day = byClusterDay[key]!
            let neighbours = (byClusterDay[[key[0], key[1] - 1]] ?? []) + day + (byClusterDay[[key[0], key[1] + 1]] ?? [])
            let open = day.filter { !targets[$0].pinned && targets[$0].requirements.count <= 1 }
            let spans = open.map { targets[$0].busy }
            let allExclusive = spans.indices.allSatisfy { a in
                spans.indices.allSatisfy { b in a == b || spans[a].span == spans[b].span || ledger.excludeEachOther(spans[a], spans[b]) }
            }
            if allExclusive {
                if !open.isEmpty { groups.append(ExclusiveGroup(targets: open, neighbours: neighbours)) }
                continue
            }
            var bySpan: [TimeSpan: [Int]] = [:]
            var spanOrder: [TimeSpan] = []
            for target in open {
                let span = targets[target].busy.span
                if bySpan[span] == nil { spanOrder.append(span) }
                bySpan[span, default: []].append(target)
            }
            groups += spanOrder.map { ExclusiveGroup(targets: bySpan[$0]!, neighbours: neighbours) }
        }
        return groups
    }

    /// Each checkpoint's cluster: checkpoints whose keepers or reserve share a team are one cluster.
    func checkpointClusters() -> [Int] {
        let checkpoints = index.roster.checkpoints
        var cluster = Array(checkpoints.indices)
        func root(_ node: Int) -> Int {
            var node = node
            while cluster[node] != node { node = cluster[node] }
            return node
        }
        var owner: [String: Int] = [:]
        for (position, checkpoint) in checkpoints.enumerated() {
            for team in checkpoint.keepers + (checkpoint.reserve.map { [$0] } ?? []) {
                if let other = owner[team] {
                    let (a, b) = (root(other), root(position))
                    cluster[max(a, b)] = min(a, b)
                } else {
                    owner[team] = position
                }
            }
        }
        return checkpoints.indices.map(root)
    }

    /// Whether any place near the group is short or served by the reserve (else nothing to gain).
    private func hasProblem(near group: ExclusiveGroup) -> Bool {
        group.neighbours.contains { target in
            placeShortfall(target) > 0 || worstMovableTier(on: target) > 0
        }
    }

    /// Empty places plus missing requirement members.
    func placeShortfall(_ target: Int) -> Int {
        targets[target].requirements.reduce(open(target)) { $0 + max(0, missing($1, on: target)) }
    }

    /// Whether this plan may move the person off the target.
    func movable(_ person: Int, on target: Int) -> Bool {
        !targets[target].pinned && !kept[target].contains(person) && !targets[target].designation.people.contains(person)
    }

    /// The person's tier on the target (0 the first), or nil when they may not stand there.
    func tier(of person: Int, on target: Int) -> Int? {
        tiers(for: target).firstIndex { $0.contains(person) }
    }

    /// Places the movable people of the group again by a minimum-cost matching; keeps the new
    /// placing only when it is strictly better. Returns whether anything changed.
    private mutating func rematch(_ group: [Int], neighbours: [Int]) -> Bool {
        let before = group.map { target in placed[target].filter { movable($0, on: target) } }
        for (target, people) in zip(group, before) { people.forEach { unplace($0, from: target) } }
        let holes = Holes(
            short: neighbours.filter { !group.contains($0) && placeShortfall($0) > 0 },
            reserve: neighbours.filter { !group.contains($0) && reserveTier(on: $0) != nil })
        var candidates: [Int] = []
        var edges: [(person: Int, target: Int, cost: Int, keptFor: Bool)] = []
        var slots: [(target: Int, requirement: Int, general: Int)] = []
        for target in group {
            let requirement = targets[target].requirements.first.map { max(0, min(open(target), missing($0, on: target))) } ?? 0
            slots.append((target, requirement, open(target) - requirement))
            for (tier, people) in tiers(for: target).enumerated() {
                for person in people where refusal(of: person, on: target) == nil {
                    if !candidates.contains(person) { candidates.append(person) }
                    let blocked = blockedHoles(person, on: target, holes)
                    let cost = tier * Weight.reserve + blocked.short * Weight.blocking + blocked.reserve * Weight.blockingKeeper
                        + minutes[person] / 60 + (targets[target].busy.isNight ? nights[person] : 0)
                    let meets = targets[target].requirements.first.map { facts.meets($0, person) } ?? false
                    if meets { edges.append((person, target, cost - 2 * Weight.place, true)) }
                    edges.append((person, target, cost - Weight.place, false))
                }
            }
        }
        // Nodes: source, sink, candidates, then a requirement node and a general node per place.
        let source = 0, sink = 1
        var flow = MinCostFlow(nodes: 2 + candidates.count + 2 * group.count)
        let personNode = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1, 2 + $0) })
        let slotNode = Dictionary(uniqueKeysWithValues: group.enumerated().map { ($1, 2 + candidates.count + 2 * $0) })
        for person in candidates { flow.addEdge(from: source, to: personNode[person]!, capacity: 1, cost: 0) }
        for slot in slots {
            flow.addEdge(from: slotNode[slot.target]!, to: sink, capacity: slot.requirement, cost: 0)
            flow.addEdge(from: slotNode[slot.target]! + 1, to: sink, capacity: slot.general, cost: 0)
        }
        let numbers = edges.map { edge in
            flow.addEdge(from: personNode[edge.person]!, to: slotNode[edge.target]! + (edge.keptFor ? 0 : 1), capacity: 1, cost: edge.cost)
        }
        flow.minimizeCost(from: source, to: sink)
        let chosen = zip(edges, numbers).filter { flow.flow(on: $1) > 0 }.map(\.0)
        let oldCost = placingCost(before.enumerated().flatMap { position, people in people.map { (group[position], $0) } }, group, holes)
        let newCost = placingCost(chosen.map { ($0.target, $0.person) }, group, holes)
        let better = newCost < oldCost
        for (target, person) in (better ? chosen.map { ($0.target, $0.person) } : zip(group, before).flatMap { target, people in people.map { (target, $0) } }) {
            place(person, on: target)
        }
        return better
    }

    /// What a placing of the group costs apart from hours: shortfall it leaves, reserve tiers used, neighbours' holes blocked.
    private mutating func placingCost(_ placing: [(target: Int, person: Int)], _ group: [Int], _ holes: Holes) -> (Int, Int, Int, Int) {
        var reserve = 0
        var blocked = (short: 0, reserve: 0)
        for (target, person) in placing {
            reserve += tier(of: person, on: target) ?? 0
            let more = blockedHoles(person, on: target, holes)
            blocked = (blocked.short + more.short, blocked.reserve + more.reserve)
        }
        for (target, person) in placing { place(person, on: target) }
        let short = group.reduce(0) { $0 + placeShortfall($1) }
        for (target, person) in placing { unplace(person, from: target) }
        return (short, reserve, blocked.short, blocked.reserve)
    }

    /// The neighbouring places of a group that want someone: short ones, and ones the reserve (or a later tier) serves.
    private struct Holes {
        let short: [Int]
        let reserve: [Int]
    }

    /// The highest tier of a movable person on the target, when above the first.
    private func reserveTier(on target: Int) -> Int? {
        let worst = worstMovableTier(on: target)
        return worst > 0 ? worst : nil
    }

    /// The highest tier of a movable person on the target (0 when none is beyond the first).
    func worstMovableTier(on target: Int) -> Int {
        let tiers = tiers(for: target)
        var worst = 0
        for person in placed[target] where movable(person, on: target) {
            if let tier = tiers.firstIndex(where: { $0.contains(person) }), tier > worst { worst = tier }
        }
        return worst
    }

    /// Whether the person stands on the target from a tier after the first (the reserve, mostly).
    func laterTier(_ person: Int, on target: Int) -> Bool { (tier(of: person, on: target) ?? 0) > 0 }

    /// How many of the neighbouring places the person could help now but not after taking this
    /// place: short ones they could take, and ones where they could stand instead of the reserve.
    private mutating func blockedHoles(_ person: Int, on target: Int, _ holes: Holes) -> (short: Int, reserve: Int) {
        let short = holes.short.filter { hole in
            tier(of: person, on: hole) != nil && refusal(of: person, on: hole) == nil && requirementBlocking(person, on: hole) == nil
        }
        let reserve = holes.reserve.filter { hole in
            guard let mine = tier(of: person, on: hole), let theirs = reserveTier(on: hole), mine < theirs else { return false }
            return refusal(of: person, on: hole) == nil
        }
        guard !short.isEmpty || !reserve.isEmpty else { return (0, 0) }
        place(person, on: target)
        let blocked = (short.filter { refusal(of: person, on: $0) != nil }.count, reserve.filter { refusal(of: person, on: $0) != nil }.count)
        unplace(person, from: target)
        return blocked
    }
}
