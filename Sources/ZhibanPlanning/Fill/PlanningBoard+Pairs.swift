import ZhibanModel

/// Two people's months planned again together, after the paths: where a cluster of gates still
/// has a short place or a reserve call, every pair of the people who may stand there has the
/// duties this plan gave them taken off and laid again, day by day, by a shortest path over the
/// dates (each person one shift or none a day, no two that exclude each other on dates next to
/// each other): fewest empty places and missing members first, then fewest reserve calls, then
/// as few duties changed as possible. It finds what no single move does — one person's switch
/// from nights to days moved onto the day they cannot serve anyway, the other covering — and is
/// kept only when the cluster ends strictly better, every rule checked on the board. When no pair
/// helps, triples of one team are re-planned the same way (`GroupPlanSearch`): a tight roster's
/// reserve call that only three people's months changed together save (seed 2: 12 → 10).
extension PlanningBoard {
    /// What a day's choice costs: far more for a place left short than for a reserve call, and
    /// one for each duty that changes.
    private enum PairCost {
        static let short = 1_000_000
        static let later = 1_000
        static let change = 1
        static let impossible = Int.max / 4
    }

    /// Re-plans pairs in every cluster of gates with a problem, until a sweep improves nothing (at most three sweeps).
    mutating func improveByPairs() {
        let cluster = checkpointClusters()
        let firstDay = request.from.dayNumber
        let dayCount = request.to.dayNumber - firstDay + 1
        var byCluster: [Int: [[Int]]] = [:]
        var order: [Int] = []
        for target in targets.indices where !targets[target].pinned {
            let key = cluster[targets[target].checkpoint]
            if byCluster[key] == nil {
                order.append(key)
                byCluster[key] = Array(repeating: [], count: dayCount)
            }
            byCluster[key]![targets[target].slot.date.dayNumber - firstDay].append(target)
        }
        for key in order {
            let days = byCluster[key]!
            let all = days.flatMap { $0 }
            guard all.contains(where: hasPairProblem) else { continue }
            let people = peopleWhoMayStand(on: all)
            for _ in 0..<3 where all.contains(where: hasPairProblem) {
                if !sweepPairs(people, days, all) { break }
            }
        }
    }

    /// Every pair that could help once; whether any changed.
    private mutating func sweepPairs(_ people: [Int], _ days: [[Int]], _ all: [Int]) -> Bool {
        var changed = false
        var help = pairHelp(people, days)
        // The cluster's score, counted again only when a re-plan is kept (one that is not leaves
        // the board exactly as it was).
        var score = clusterScore(all)
        for first in people.indices {
            for second in people.indices where second > first && help.mayImprove(first, second) {
                if let better = replan([people[first], people[second]], days, all, scoring: score) {
                    changed = true
                    score = better
                    help = pairHelp(people, days)
                }
            }
        }
        return changed || sweepTriples(people, days, all)
    }

    /// Every triple that could help once, when no pair did; whether any changed.
    private mutating func sweepTriples(_ people: [Int], _ days: [[Int]], _ all: [Int]) -> Bool {
        var changed = false
        var help = pairHelp(people, days)
        var score = clusterScore(all)
        for first in people.indices {
            for second in people.indices where second > first {
                guard facts.teams[people[second]] == facts.teams[people[first]] else { continue }
                for third in people.indices where third > second && facts.teams[people[third]] == facts.teams[people[first]]
                    && help.mayImproveAsTriple([first, second, third]) {
                    guard all.contains(where: hasPairProblem) else { return changed }
                    if let better = replan([people[first], people[second], people[third]], days, all, scoring: score) {
                        changed = true
                        score = better
                        help = pairHelp(people, days)
                    }
                }
            }
        }
        return changed
    }

    /// Per person and day, what they could do for the day's problem places. A day of a cluster
    /// gets better only if a place on it gains someone: more people that day (one of the pair was
    /// off and may stand there, and a place is empty), a missing member, or a first-tier person
    /// instead of a later one. A pair that can do none of these on any day is not re-planned.
    private struct PairHelp {
        /// Off that day (no duty this plan may move) and able to stand on some place of it.
        var free: [[Bool]]
        /// Able to take an empty place of the day.
        var fillsEmpty: [[Bool]]
        /// Able to mend a place of the day by who they are: a missing member, or a first-tier
        /// person where a later one stands. (Standing from a later tier oneself mends nothing:
        /// the place gains only if a first-tier person comes, whose own flag says so. Counting
        /// it let every pair with such a person through — under `init`'s rules, on shangyi,
        /// 2,538 re-plans, none kept.)
        var mends: [[Bool]]

        /// Whether re-planning these two (positions in the people list) could make some day better.
        func mayImprove(_ a: Int, _ b: Int) -> Bool { mayImprove([a, b]) }

        /// Whether a triple is worth re-planning: all three could mend one same day by who they
        /// are, one is free on some day, and they could make some day better together.
        func mayImproveAsTriple(_ group: [Int]) -> Bool {
            mends[group[0]].indices.contains { day in group.allSatisfy { mends[$0][day] } }
                && group.contains { free[$0].contains(true) } && mayImprove(group)
        }

        /// Whether re-planning these people (positions in the people list) could make some day better.
        func mayImprove(_ group: [Int]) -> Bool {
            free[group[0]].indices.contains { day in
                group.contains { mends[$0][day] } || (group.contains { free[$0][day] } && group.contains { fillsEmpty[$0][day] })
            }
        }
    }

    /// What each person could do on each day of the cluster, on the board as it is.
    private func pairHelp(_ people: [Int], _ days: [[Int]]) -> PairHelp {
        var help = PairHelp(free: [], fillsEmpty: [], mends: [])
        for person in people {
            var free: [Bool] = [], fillsEmpty: [Bool] = [], mends: [Bool] = []
            for places in days {
                var (busy, able, empty, mend) = (false, false, false, false)
                for target in places {
                    if placed[target].contains(person) {
                        if movable(person, on: target) { busy = true }
                        continue
                    }
                    guard let tier = tier(of: person, on: target),
                          facts.unavailability(of: person, on: targets[target].slot.date, shift: targets[target].shift) == nil else { continue }
                    able = true
                    if open(target) > 0 { empty = true }
                    if targets[target].requirements.contains(where: { missing($0, on: target) > 0 && facts.meets($0, person) })
                        || (tier == 0 && worstMovableTier(on: target) > 0) { mend = true }
                }
                free.append(!busy && able)
                fillsEmpty.append(empty)
                mends.append(mend)
            }
            help.free.append(free)
            help.fillsEmpty.append(fillsEmpty)
            help.mends.append(mends)
        }
        return help
    }

    /// A place short, or served from a later tier.
    private func hasPairProblem(_ target: Int) -> Bool {
        placeShortfall(target) > 0 || worstMovableTier(on: target) > 0
    }

    /// Everyone in some tier of the places, each once, in file order.
    private func peopleWhoMayStand(on places: [Int]) -> [Int] {
        var seen = Set<Int>()
        for checkpoint in Set(places.map { targets[$0].checkpoint }) {
            for tier in baseTiers[checkpoint] { seen.formUnion(tier) }
        }
        for target in places { for tier in tiers(for: target).dropLast() { seen.formUnion(tier) } }
        return seen.sorted()
    }

    /// Empty places plus missing members, then people from a later tier, over the places.
    private func clusterScore(_ places: [Int]) -> (Int, Int) {
        places.reduce((0, 0)) { sum, target in
            (sum.0 + placeShortfall(target), sum.1 + placed[target].reduce(0) { $0 + (laterTier($1, on: target) ? 1 : 0) })
        }
    }

    /// Plans the group's duties in the cluster again (two or three people); keeps it when the
    /// cluster is strictly better than `before` (its `clusterScore` now) and gives its new score.
    private mutating func replan(_ group: [Int], _ days: [[Int]], _ all: [Int], scoring before: (Int, Int)) -> (Int, Int)? {
        guard !days.isEmpty else { return nil }
        var original = group.map { _ in Array(repeating: -1, count: days.count) }
        for (who, person) in group.enumerated() {
            for (day, places) in days.enumerated() {
                let mine = places.filter { placed[$0].contains(person) && movable(person, on: $0) }
                guard mine.count <= 1 else { return nil }
                original[who][day] = mine.first ?? -1
            }
        }
        for (who, person) in group.enumerated() { for target in original[who] where target >= 0 { unplace(person, from: target) } }
        // A place no one of the group can join (full of people who stay, or a requirement would
        // lose its place) is no option: it could only make a plan impossible, and leaving it out
        // spares the search its states and the ledger its checks (a tight month's places are
        // mostly full). Each person's own place stays an option. Beside each option, what the
        // person alone on it costs.
        var options: [[[Int]]] = []
        var singles: [[[Int]]] = []
        for (who, person) in group.enumerated() {
            var (mine, costs): ([[Int]], [[Int]]) = ([], [])
            for (day, places) in days.enumerated() {
                var (choices, cost) = ([-1], [0])
                for target in places where tier(of: person, on: target) != nil {
                    let alone = placeCost(target, adding: [person])
                    guard target == original[who][day] || alone < PairCost.impossible, refusal(of: person, on: target) == nil else { continue }
                    choices.append(target)
                    cost.append(alone)
                }
                mine.append(choices)
                costs.append(cost)
            }
            options.append(mine)
            singles.append(costs)
        }
        let search = GroupPlanSearch(options: options, dayCosts: days.indices.map { day in
            dayCosts(group, options.map { $0[day] }, singles: singles.map { $0[day] }, original.map { $0[day] })
        }, impossible: PairCost.impossible)
        let originalCost = days.indices.reduce(0) { sum, day in
            var state = 0
            for who in group.indices {
                guard let digit = options[who][day].firstIndex(of: original[who][day]) else { return PairCost.impossible }
                state = state * options[who][day].count + digit
            }
            return min(PairCost.impossible, sum + search.dayCosts[day][state])
        }
        let (bestCost, choice) = search.cheapest(follows: follows)
        guard bestCost / PairCost.later < originalCost / PairCost.later else {
            restore(group, original)
            return nil
        }
        // Every change in the order made, undone in reverse: a person made room for and put
        // back must end where they were, once (a pair member made room for on its own place
        // was once put back twice, on a place needing two that then held four).
        var done: [(person: Int, target: Int, placed: Bool)] = []
        var fits = true
        apply: for day in days.indices {
            for who in group.indices where options[who][day][choice[who][day]] >= 0 {
                let (person, target) = (group[who], options[who][day][choice[who][day]])
                if open(target) == 0,
                   let leaving = placed[target].last(where: { !group.contains($0) && movable($0, on: target) && laterTier($0, on: target) }) {
                    unplace(leaving, from: target)
                    done.append((leaving, target, false))
                }
                guard open(target) > 0, refusal(of: person, on: target) == nil, requirementBlocking(person, on: target) == nil else {
                    fits = false
                    break apply
                }
                place(person, on: target)
                done.append((person, target, true))
            }
        }
        if fits, case let after = clusterScore(all), after < before { return after }
        for step in done.reversed() {
            if step.placed { unplace(step.person, from: step.target) } else { place(step.person, on: step.target) }
        }
        restore(group, original)
        return nil
    }

    /// What each joint choice of a day (every state of the day's options, the first person most
    /// significant) costs: each place the group stands on, with all of them who stand there, plus
    /// one for each person whose duty changes. Each person's own cost is counted once per option;
    /// a place only shared is costed again with everyone on it.
    private func dayCosts(_ group: [Int], _ options: [[Int]], singles: [[Int]], _ original: [Int]) -> [Int] {
        let count = options.reduce(1) { $0 * $1.count }
        var costs = Array(repeating: 0, count: count)
        var digits = Array(repeating: 0, count: group.count)
        for state in 0..<count {
            // At most three terms, each at most `impossible`: the sum cannot overflow before it is capped.
            var cost = 0
            for who in group.indices {
                let target = options[who][digits[who]]
                if target != original[who] { cost += PairCost.change }
                guard target >= 0 else { continue }
                // Alone on the place (the common case, found without making a list), or the first
                // of those sharing it, who costs it for them all.
                if !group.indices.contains(where: { $0 != who && options[$0][digits[$0]] == target }) {
                    cost += singles[who][digits[who]]
                } else if group.indices.first(where: { options[$0][digits[$0]] == target }) == who {
                    cost += placeCost(target, adding: group.indices.filter { options[$0][digits[$0]] == target }.map { group[$0] })
                }
            }
            cost = min(PairCost.impossible, cost)
            costs[state] = cost
            // The next state: the last person's option first.
            for who in group.indices.reversed() {
                digits[who] += 1
                if digits[who] < options[who].count { break }
                digits[who] = 0
            }
        }
        return costs
    }

    /// Puts the group back on the places they had.
    private mutating func restore(_ group: [Int], _ original: [[Int]]) {
        for (who, person) in group.enumerated() { for target in original[who] where target >= 0 { place(person, on: target) } }
    }

    /// What putting the people on the place costs against leaving them off: its shortfall and
    /// later-tier figures after (a later-tier person makes room when it is full), or `impossible`
    /// when it has no room or a requirement would lose its place.
    private func placeCost(_ target: Int, adding people: [Int]) -> Int {
        var after = placed[target]
        for _ in 0..<max(0, after.count + people.count - targets[target].needed) {
            guard let leaving = after.lastIndex(where: { movable($0, on: target) && laterTier($0, on: target) }) else {
                return PairCost.impossible
            }
            after.remove(at: leaving)
        }
        after += people
        for requirement in targets[target].requirements where people.contains(where: { !facts.meets(requirement, $0) }) {
            let others = after.count { !facts.meets(requirement, $0) }
            if others > targets[target].needed - requirement.count { return PairCost.impossible }
        }
        return placeCost(target, after) - placeCost(target, placed[target])
    }

    /// A place's cost with these people on it.
    private func placeCost(_ target: Int, _ people: [Int]) -> Int {
        var short = max(0, targets[target].needed - people.count)
        for requirement in targets[target].requirements {
            short += max(0, requirement.count - people.count { facts.meets(requirement, $0) })
        }
        let later = people.count { laterTier($0, on: target) }
        return short * PairCost.short + later * PairCost.later
    }

    /// Whether one person may stand `earlier` and then `later` (-1: no duty) on dates next to each other.
    private func follows(_ earlier: Int, _ later: Int) -> Bool {
        earlier < 0 || later < 0 || !ledger.excludeEachOther(targets[earlier].busy, targets[later].busy)
    }
}
