import ZhibanModel

/// Rest days staggered. Where a gate group needs about everyone every day and `[rules]` limits
/// the days on duty in a row, a fill that takes everyone from the first day works them all to the
/// limit together, and on the day they must all rest nearly every place is empty (the station:
/// days 1–6 full, 10 of 12 places empty on day 7). Filling with rests staggered looks ahead over
/// the limit: on each date it counts who must rest by when (the people whose run reaches the
/// limit, less those a day they cannot serve rests anyway), finds the fewest empty places a day
/// that lets all of them rest in time, and rests today the people with the nearest limit that
/// this takes — never someone whose month would then need one more day off than it must.
extension PlanningBoard {
    /// The most dates in a row anyone may serve under the rules (6 for `max_days_in_a_row = 6`,
    /// or for one day off in any 7), or nil when no such limit is set.
    var longestRun: Int? {
        let rules = index.roster.settings.rules
        return [rules.maxDaysInARow, rules.minDaysOffPerWeek.map { 7 - $0 }].compactMap { $0 }.filter { $0 > 0 }.min()
    }

    /// What the staggering needs to know of each cluster of gates sharing people: who may stand
    /// there and its places by date.
    struct RestOutlook {
        /// Per cluster, its people (every tier), in file order.
        let people: [[Int]]
        /// Per cluster and day of the request, its places.
        let places: [[[Int]]]
    }

    /// The clusters' people and places, for the staggering.
    func restOutlook() -> RestOutlook {
        let cluster = checkpointClusters()
        let clusters = Array(Set(cluster)).sorted()
        let number = Dictionary(uniqueKeysWithValues: clusters.enumerated().map { ($1, $0) })
        var people = Array(repeating: Set<Int>(), count: clusters.count)
        for (checkpoint, tiers) in baseTiers.enumerated() {
            for tier in tiers { people[number[cluster[checkpoint]]!].formUnion(tier) }
        }
        let dayCount = request.to.dayNumber - request.from.dayNumber + 1
        var places = Array(repeating: Array(repeating: [Int](), count: dayCount), count: clusters.count)
        for target in targets.indices {
            places[number[cluster[targets[target].checkpoint]]!][targets[target].slot.date.dayNumber - request.from.dayNumber].append(target)
        }
        return RestOutlook(people: people.map { $0.sorted() }, places: places)
    }

    /// The people to keep off duty on the date (a day of the request) so rests are staggered.
    func restingEarly(on day: Int, _ outlook: RestOutlook) -> Set<Int> {
        guard let limit = longestRun else { return [] }
        var resting = Set<Int>()
        for (cluster, pool) in outlook.people.enumerated() where !outlook.places[cluster][day].isEmpty {
            resting.formUnion(restingEarly(pool, on: day, limit: limit, places: outlook.places[cluster]))
        }
        return resting
    }

    /// The people of one cluster to rest on the day.
    private func restingEarly(_ pool: [Int], on day: Int, limit: Int, places: [[Int]]) -> [Int] {
        let lastDay = places.count - 1
        let ahead = min(limit, lastDay - day)
        // Per day ahead: people resting anyway (a day they cannot serve, or at the limit today), places needed.
        var off = Array(repeating: 0, count: ahead + 1)
        var due: [(person: Int, within: Int)] = []
        for person in pool {
            let run = ledger.daysInARow(of: person, endingOn: request.from.dayNumber + day - 1)
            let within = limit - run
            let firstOff = (0...ahead).first { !canServe(person, on: places[day + $0]) }
            for step in 0...ahead where !canServe(person, on: places[day + step]) || (step == 0 && within <= 0) { off[step] += 1 }
            guard within > 0, within <= ahead, firstOff.map({ $0 > within }) ?? true else { continue }
            due.append((person, within))
        }
        guard !due.isEmpty else { return [] }
        let needed = (0...ahead).map { step in places[day + step].reduce(0) { $0 + targets[$1].needed } }
        // People free to rest on a day ahead when `gaps` places may stay empty that day.
        let room = { (step: Int, gaps: Int) in max(0, pool.count - off[step] - needed[step] + gaps) }
        let dueBy = (0...ahead).map { step in due.filter { $0.within <= step }.count }
        let fits = { (gaps: Int) in
            (0...ahead).allSatisfy { step in dueBy[step] <= (0...step).reduce(0) { $0 + room($1, gaps) } }
        }
        let gaps = (0...pool.count).first(where: fits) ?? pool.count
        let count = max(0, (1...ahead).map { step in dueBy[step] - (1...step).reduce(0) { $0 + room($1, gaps) } }.max() ?? 0)
        let remaining = lastDay - day + 1
        return due.filter { restCosts(limit: limit, within: $0.within, remaining: remaining) == 0 }
            .sorted { ($0.within, $0.person) < ($1.within, $1.person) }
            .prefix(count).map(\.person)
    }

    /// Whether the person could stand on some of the places, as far as the days they cannot serve go.
    private func canServe(_ person: Int, on places: [Int]) -> Bool {
        places.contains { facts.unavailability(of: person, on: targets[$0].slot.date, shift: targets[$0].shift) == nil }
    }

    /// How many more days off resting today gives someone over the days left than resting only at the limit.
    private func restCosts(limit: Int, within: Int, remaining: Int) -> Int {
        let now = 1 + (remaining - 1) / (limit + 1)
        let atLimit = 1 + (remaining - 1 - within) / (limit + 1)
        return now - atLimit
    }
}

/// How a plan's figures compare, for choosing between fills.
struct PlanOutcome: Comparable, Sendable {
    /// Empty places plus missing members.
    let short: Int
    /// People placed from a later tier (reserve calls, mostly).
    let later: Int
    /// Empty places plus missing members on the worst date.
    let worstDay: Int

    /// What the figures are made of, for boards planned apart (the halves of a district).
    struct Parts: Sendable {
        var short = 0
        var later = 0
        var byDay: [Int: Int] = [:]
    }

    /// The figures of boards planned apart, as one board of all their places would have them.
    init(adding parts: [Parts]) {
        short = parts.reduce(0) { $0 + $1.short }
        later = parts.reduce(0) { $0 + $1.later }
        worstDay = parts.reduce(into: [Int: Int]()) { days, part in days.merge(part.byDay, uniquingKeysWith: +) }.values.max() ?? 0
    }

    static func < (lhs: PlanOutcome, rhs: PlanOutcome) -> Bool {
        (lhs.short, lhs.later, lhs.worstDay) < (rhs.short, rhs.later, rhs.worstDay)
    }
}

extension PlanningBoard {
    /// The figures of the places this plan fills.
    var outcome: PlanOutcome { PlanOutcome(adding: [outcomeParts]) }

    /// The figures of the places this plan fills, with the shortfall of each date (by day
    /// number), for adding up with another board's.
    var outcomeParts: PlanOutcome.Parts {
        var parts = PlanOutcome.Parts()
        for target in targets.indices where !targets[target].pinned {
            let missing = placeShortfall(target)
            parts.short += missing
            parts.later += placed[target].filter { laterTier($0, on: target) }.count
            parts.byDay[targets[target].slot.date.dayNumber, default: 0] += missing
        }
        return parts
    }
}
