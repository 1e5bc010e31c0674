import ZhibanModel

/// Two people's months planned again together, after the paths: where a cluster of gates still
/// has a short place or a reserve call, every pair of the people who may stand there has the
/// duties this plan gave them taken off and laid again, day by day, by a shortest path over the
/// dates (each person one shift or none a day, no two that exclude each other on dates next to
/// each other): fewest empty places and missing members first, then fewest reserve calls, then
/// as few duties changed as possible. It finds what no single move does — one person's switch
/// from nights to days moved onto the day they cannot serve anyway, the other covering — and is
/// kept only when the cluster ends strictly better, every rule checked on the board.
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
        for first in people.indices {
            for second in people.indices where second > first && help.mayImprove(first, second) {
                if replan(people[first], people[second], days, all) {
                    changed = true
                    help = pairHelp(people, days)
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
        func mayImprove(_ a: Int, _ b: Int) -> Bool {
            free[a].indices.contains { day in
                mends[a][day] || mends[b][day] || ((free[a][day] || free[b][day]) && (fillsEmpty[a][day] || fillsEmpty[b][day]))
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

    /// Plans the two people's duties in the cluster again; keeps it when the cluster is strictly better.
    private mutating func replan(_ a: Int, _ b: Int, _ days: [[Int]], _ all: [Int]) -> Bool {
        guard !days.isEmpty else { return false }
        let pair = [a, b]
        var original: [[Int]] = [Array(repeating: -1, count: days.count), Array(repeating: -1, count: days.count)]
        for (who, person) in pair.enumerated() {
            for (day, places) in days.enumerated() {
                let mine = places.filter { placed[$0].contains(person) && movable(person, on: $0) }
                guard mine.count <= 1 else { return false }
                original[who][day] = mine.first ?? -1
            }
        }
        let before = clusterScore(all)
        for (who, person) in pair.enumerated() { for target in original[who] where target >= 0 { unplace(person, from: target) } }
        let options = pair.map { person in
            days.map { places in [-1] + places.filter { tier(of: person, on: $0) != nil && refusal(of: person, on: $0) == nil } }
        }
        func change(_ who: Int, _ day: Int, _ target: Int) -> Int { target == original[who][day] ? 0 : PairCost.change }
        let dayCosts = days.indices.map { day in
            let single = (0..<2).map { who in
                options[who][day].map { target in (target >= 0 ? placeCost(target, adding: [pair[who]]) : 0) + change(who, day, target) }
            }
            return options[0][day].indices.map { x in
                options[1][day].indices.map { y in
                    let (first, second) = (options[0][day][x], options[1][day][y])
                    guard first >= 0, first == second else { return min(PairCost.impossible, single[0][x] + single[1][y]) }
                    return min(PairCost.impossible, placeCost(first, adding: pair) + single[0][x] + single[1][y]
                        - placeCost(first, adding: [pair[0]]) - placeCost(first, adding: [pair[1]]))
                }
            }
        }
        let originalCost = days.indices.reduce(0) { sum, day in
            guard let x = options[0][day].firstIndex(of: original[0][day]), let y = options[1][day].firstIndex(of: original[1][day]) else {
                return PairCost.impossible
            }
            return min(PairCost.impossible, sum + dayCosts[day][x][y])
        }
        let (bestCost, choice) = shortestPlan(options, dayCosts)
        guard bestCost / PairCost.later < originalCost / PairCost.later else {
            restore(pair, original)
            return false
        }
        // Every change in the order made, undone in reverse: a person made room for and put
        // back must end where they were, once (a pair member made room for on its own place
        // was once put back twice, on a place needing two that then held four).
        var done: [(person: Int, target: Int, placed: Bool)] = []
        var fits = true
        apply: for day in days.indices {
            for who in 0..<2 where options[who][day][choice[who][day]] >= 0 {
                let (person, target) = (pair[who], options[who][day][choice[who][day]])
                if open(target) == 0,
                   let leaving = placed[target].last(where: { !pair.contains($0) && movable($0, on: target) && laterTier($0, on: target) }) {
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
        if fits, clusterScore(all) < before { return true }
        for step in done.reversed() {
            if step.placed { unplace(step.person, from: step.target) } else { place(step.person, on: step.target) }
        }
        restore(pair, original)
        return false
    }

    /// Puts the two people back on the places they had.
    private mutating func restore(_ pair: [Int], _ original: [[Int]]) {
        for (who, person) in pair.enumerated() { for target in original[who] where target >= 0 { place(person, on: target) } }
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
            let others = after.filter { !facts.meets(requirement, $0) }.count
            if others > targets[target].needed - requirement.count { return PairCost.impossible }
        }
        return placeCost(target, after) - placeCost(target, placed[target])
    }

    /// A place's cost with these people on it.
    private func placeCost(_ target: Int, _ people: [Int]) -> Int {
        var short = max(0, targets[target].needed - people.count)
        for requirement in targets[target].requirements {
            short += max(0, requirement.count - people.filter { facts.meets(requirement, $0) }.count)
        }
        let later = people.filter { laterTier($0, on: target) }.count
        return short * PairCost.short + later * PairCost.later
    }

    /// The cheapest choice of one option a day for each of the two, no person on two places of
    /// dates next to each other that exclude each other; the cost and, per person and day, the option chosen.
    private func shortestPlan(_ options: [[[Int]]], _ dayCosts: [[[Int]]]) -> (Int, [[Int]]) {
        let dayCount = dayCosts.count
        var cost = dayCosts[0]
        var viaFirst: [[[Int]]] = [[]]
        var viaSecond: [[[Int]]] = [[]]
        for day in 1..<max(1, dayCount) {
            let (xs, ys) = (options[0][day], options[1][day])
            let (oldXs, oldYs) = (options[0][day - 1], options[1][day - 1])
            // First the second person's step (old x, new y), then the first person's (new x, new y).
            let (middle, middleVia) = cheapestSteps(rows: oldXs.count, columns: ys.count, from: oldYs.count,
                                                    adding: { _, _ in 0 }, { oldX, _, oldY in cost[oldX][oldY] },
                                                    follows: { _, y, oldY in follows(oldYs[oldY], ys[y]) })
            let (next, nextVia) = cheapestSteps(rows: xs.count, columns: ys.count, from: oldXs.count,
                                                adding: { x, y in dayCosts[day][x][y] }, { _, y, oldX in middle[oldX][y] },
                                                follows: { x, _, oldX in follows(oldXs[oldX], xs[x]) })
            cost = next
            viaFirst.append(nextVia)
            viaSecond.append(middleVia)
        }
        var best = (cost: PairCost.impossible, x: 0, y: 0)
        for x in cost.indices { for y in cost[x].indices where cost[x][y] < best.cost { best = (cost[x][y], x, y) } }
        var choice = [Array(repeating: 0, count: dayCount), Array(repeating: 0, count: dayCount)]
        var (x, y) = (best.x, best.y)
        for day in stride(from: dayCount - 1, through: 0, by: -1) {
            choice[0][day] = x
            choice[1][day] = y
            guard day > 0 else { break }
            let oldX = viaFirst[day][x][y]
            y = viaSecond[day][oldX][y]
            x = oldX
        }
        return (best.cost, choice)
    }

    /// One step of the shortest plan: for each (row, column), the cheapest of `count` ways in
    /// (`reaching`, among those that `follows` allows, first of equals), plus `adding` for the cell; and which way it was.
    private func cheapestSteps(rows: Int, columns: Int, from count: Int, adding: (Int, Int) -> Int,
                               _ reaching: (Int, Int, Int) -> Int, follows: (Int, Int, Int) -> Bool) -> ([[Int]], [[Int]]) {
        var best = Array(repeating: Array(repeating: PairCost.impossible, count: columns), count: rows)
        var via = Array(repeating: Array(repeating: 0, count: columns), count: rows)
        for row in 0..<rows {
            for column in 0..<columns {
                for way in 0..<count where reaching(row, column, way) < best[row][column] && follows(row, column, way) {
                    best[row][column] = reaching(row, column, way)
                    via[row][column] = way
                }
                best[row][column] = min(PairCost.impossible, best[row][column] + adding(row, column))
            }
        }
        return (best, via)
    }

    /// Whether one person may stand `earlier` and then `later` (-1: no duty) on dates next to each other.
    private func follows(_ earlier: Int, _ later: Int) -> Bool {
        earlier < 0 || later < 0 || !ledger.excludeEachOther(targets[earlier].busy, targets[later].busy)
    }
}
