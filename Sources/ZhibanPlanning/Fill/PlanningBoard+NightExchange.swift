import ZhibanModel

/// Nights shared evenly where a single swap cannot do it. After the single swaps of
/// `balanceNights`, a member may still have two nights more than another of the team: every
/// swap of one night for one day shift breaks the rest rules at the edge of a run (a night
/// followed by the other's day shift, or a day shift followed by the other's night). Here two
/// members, or three, exchange whole dates instead: on each date of the plan they either keep
/// their duties or pass them round (the chungu gate whose members all work six dates in seven
/// needs three). A shortest path over the dates (the state: who took whose duties that date,
/// with the nights and minutes each has gained so far) finds the fewest dates to exchange so
/// that the nights come closer (their sum of squares falls, the team's spread does not grow),
/// the team's hours spread does not grow, the group meets as many wishes (意愿) as before (the
/// path loses the fewest, gains if it can, then exchanges the fewest dates), and every rule
/// holds between each date and the next.
/// Under the limits over several days (`init`'s rules), only dates on which each member stays on
/// duty (or off) for as long are exchanged, so the days in a row, the days off and the hours of
/// every week stay as they were; the nights in a row, which change, are counted in the path's
/// state; and a member may gain or lose two nights on the way, as a night passes with the one
/// next to it where a single one cannot (shangyi's 第十党小组: 7 to 14 nights before, every
/// exchange found refused on the board).
/// The exchange is then tried on the board and kept only when every duty fits; otherwise the
/// board goes back exactly as it was. Only duties this plan placed move.
extension PlanningBoard {
    /// Exchanges dates between members while two who could stand some night shift of the dates
    /// (as `RosterStats` counts the spread) are two nights or more apart and some exchange fits:
    /// the one with the most and the one with the fewest first, then with a third member (at
    /// most two tries per member).
    mutating func exchangeNights(_ members: [Int], _ targetsOf: inout [[Int]]) {
        let counts = members.map { nights[$0] }
        guard let most = counts.max(), let fewest = counts.min(), most - fewest >= 2 else { return }
        let able = nightStanders(members)
        var tries = 0
        var failed = Set<[Int]>()
        while tries < able.count * 2, let group = nextExchange(able, failed) {
            tries += 1
            if mayPassNight(group, targetsOf), exchange(group, able, members, &targetsOf) {
                failed = []
            } else {
                failed.insert(group)
            }
        }
    }

    /// The members of the team who could stand some night shift of the dates (as `RosterStats`
    /// counts the spread of nights), in the order given.
    func nightStanders(_ members: [Int]) -> [Int] {
        let nightShifts = index.roster.shifts.filter(\.isNight)
        return members.filter { person in
            request.dates.contains { date in nightShifts.contains { facts.unavailability(of: person, on: date, shift: $0) == nil } }
        }
    }

    /// The next members to try: a pair two nights or more apart (fewest and most first), then such a pair with a third.
    private func nextExchange(_ able: [Int], _ failed: Set<[Int]>) -> [Int]? {
        let ascending = able.sorted { (nights[$0], $0) < (nights[$1], $1) }
        let pairs = ascending.flatMap { few in ascending.reversed().filter { nights[$0] - nights[few] >= 2 }.map { [$0, few] } }
        if let pair = pairs.first(where: { !failed.contains($0) }) { return pair }
        for pair in pairs {
            for third in ascending where !pair.contains(third) && !failed.contains(pair + [third]) { return pair + [third] }
        }
        return nil
    }

    /// Whether a night of the busiest (the first) could pass to another member of the group, and
    /// one of the group's nights to the member with the fewest (the second), as far as the dates
    /// they cannot serve and the requirements go: else no exchange can help (a night that needs a
    /// 党员 does not pass to someone who is not one while the other on it is not one either).
    private func mayPassNight(_ group: [Int], _ targetsOf: [[Int]]) -> Bool {
        let mayTake = { (person: Int, giver: Int) in
            targetsOf[giver].contains { target in
                self.targets[target].busy.isNight && !self.placed[target].contains(person)
                    && self.facts.unavailability(of: person, on: self.targets[target].slot.date, shift: self.targets[target].shift) == nil
                    && self.requirementBlocking(person, on: target, without: giver) == nil
            }
        }
        return group.dropFirst().contains { mayTake($0, group[0]) } && group.contains { $0 != group[1] && mayTake(group[1], $0) }
    }

    /// What the members of an exchange have gained so far: nights and minutes, one each; and,
    /// under `max_nights_in_a_row`, the nights in a row each ends the date with (else empty).
    private struct Gains: Hashable, Comparable {
        let nights: [Int]
        let minutes: [Int]
        var runs: [Int] = []

        static func < (lhs: Gains, rhs: Gains) -> Bool {
            if lhs.nights != rhs.nights { return lhs.nights.lexicographicallyPrecedes(rhs.nights) }
            if lhs.minutes != rhs.minutes { return lhs.minutes.lexicographicallyPrecedes(rhs.minutes) }
            return lhs.runs.lexicographicallyPrecedes(rhs.runs)
        }
    }

    /// The cheapest way to reach a state: wishes lost on the way (wishes met before less those
    /// met after, over the dates so far), then dates exchanged, and the step it came from.
    private struct Reached {
        let wishesLost: Int
        let exchanged: Int
        let previous: (order: Int, gains: Gains)?
    }

    /// Exchanges dates between the group's members so their nights come closer; returns whether it did.
    private mutating func exchange(_ group: [Int], _ able: [Int], _ members: [Int], _ targetsOf: inout [[Int]]) -> Bool {
        let firstDay = request.from.dayNumber
        let dayCount = request.to.dayNumber - firstDay + 1
        var duties = group.map { _ in Array(repeating: [Int](), count: dayCount) }
        for (who, person) in group.enumerated() {
            for target in targetsOf[person] { duties[who][targets[target].slot.date.dayNumber - firstDay].append(target) }
        }
        let before = (nights: group.map { nights[$0] }, minutes: group.map { minutes[$0] })
        let saved = Set(group.flatMap { targetsOf[$0] }).sorted().map { ($0, placed[$0]) }
        for person in group { for target in targetsOf[person] { unplace(person, from: target) } }
        // Order `o` on a date: member `who` takes the duties member `orders[o][who]` had.
        let orders = permutations(of: Array(group.indices))
        let assignment = { (day: Int, order: Int) in orders[order].map { duties[$0][day] } }
        // Per date the orders that give different duties (on a date none of them serves, only the first).
        // Under the limits over several days, only orders that keep who is on duty that date and
        // for how long: the days in a row, the days off and the hours of every week then stay as
        // they are, which the path (seeing one date and the next) could not check; the nights in
        // a row, which change, are counted in the path's state.
        let rules = index.roster.settings.rules
        let choices = (0..<dayCount).map { day in
            let given = orders.indices.map { assignment(day, $0).map(Set.init) }
            return orders.indices.filter { order in
                !given.prefix(order).contains(given[order]) && (!rules.hasWeekLimits
                    || group.indices.allSatisfy { duties[orders[order][$0]][day].isEmpty == duties[$0][day].isEmpty }
                        && gains(duties, day, orders[order]).minutes.allSatisfy { $0 == 0 })
            }
        }
        let nightLimit = rules.maxNightsInARow
        // A night moves with the night next to it where a single one cannot (rest after a night
        // forbids the day shift after it); the dates kept as they are leave the search small.
        let nightsMoved = rules.hasWeekLimits ? 2 : 1
        // No member gains or loses more than a night or one shift's minutes on the way (keeps the search small).
        let longest = group.flatMap { targetsOf[$0] }.map { targets[$0].busy.span.minutes }.max() ?? 0
        var layers: [[[Gains: Reached]]] = []
        for day in 0..<dayCount {
            var next = Array(repeating: [Gains: Reached](), count: orders.count)
            for order in choices[day] {
                var gained = gains(duties, day, orders[order])
                let cost = order == 0 ? 0 : 1
                let lost = order == 0 ? 0 : wishesLost(group, duties, day, orders[order])
                let nightToday = assignment(day, order).map(standsANight)
                if day == 0 {
                    if nightLimit != nil { gained.runs = nightToday.map { $0 ? 1 : 0 } }
                    if fits(group, assignment(0, order)) {
                        next[order][gained] = Reached(wishesLost: lost, exchanged: cost, previous: nil)
                    }
                    continue
                }
                for before in choices[day - 1] where !layers[day - 1][before].isEmpty {
                    guard fitsAfter(group, assignment(day - 1, before), assignment(day, order)) else { continue }
                    for key in layers[day - 1][before].keys.sorted() {
                        var sum = Gains(nights: zip(key.nights, gained.nights).map(+), minutes: zip(key.minutes, gained.minutes).map(+))
                        guard sum.nights.allSatisfy({ abs($0) <= nightsMoved }), sum.minutes.allSatisfy({ abs($0) <= longest }) else { continue }
                        if let nightLimit {
                            sum.runs = zip(key.runs, nightToday).map { $1 ? $0 + 1 : 0 }
                            guard sum.runs.allSatisfy({ $0 <= nightLimit }) else { continue }
                        }
                        let reached = layers[day - 1][before][key]!
                        let total = (reached.wishesLost + lost, reached.exchanged + cost)
                        if let known = next[order][sum], (known.wishesLost, known.exchanged) <= total { continue }
                        next[order][sum] = Reached(wishesLost: total.0, exchanged: total.1, previous: (before, key))
                    }
                }
            }
            layers.append(next)
        }
        var best: (rank: [Int], order: Int, gains: Gains)?
        for order in orders.indices {
            for (gains, reached) in layers[dayCount - 1][order] where reached.wishesLost <= 0 && improves(group, before, gains, able, members) {
                let rank = [gains.minutes.reduce(0) { $0 + abs($1) }, reached.exchanged, order]
                if let current = best, current.rank.lexicographicallyPrecedes(rank) || (current.rank == rank && current.gains < gains) { continue }
                best = (rank, order, gains)
            }
        }
        var chosen = Array(repeating: 0, count: dayCount)
        if var step = best.map({ (order: $0.order, gains: $0.gains) }) {
            for day in stride(from: dayCount - 1, through: 0, by: -1) {
                chosen[day] = step.order
                guard let previous = layers[day][step.order][step.gains]!.previous else { break }
                step = previous
            }
        }
        var done: [(person: Int, target: Int)] = []
        var fitsAll = best != nil
        apply: for day in 0..<dayCount where fitsAll {
            for (who, people) in assignment(day, chosen[day]).enumerated() {
                for target in people {
                    guard refusal(of: group[who], on: target) == nil, requirementBlocking(group[who], on: target) == nil else {
                        fitsAll = false
                        break apply
                    }
                    place(group[who], on: target)
                    done.append((group[who], target))
                }
            }
        }
        if fitsAll {
            for (who, person) in group.enumerated() { targetsOf[person] = (0..<dayCount).flatMap { assignment($0, chosen[$0])[who] } }
            return true
        }
        for step in done { unplace(step.person, from: step.target) }
        for person in group { for target in targetsOf[person] { place(person, on: target) } }
        for (target, people) in saved { placed[target] = people }
        return false
    }

    /// Nights and minutes each member gains on the date when they take the duties the order gives them.
    private func gains(_ duties: [[[Int]]], _ day: Int, _ order: [Int]) -> Gains {
        let nightsOf = { (people: [Int]) in people.reduce(0) { $0 + (self.targets[$1].busy.isNight ? 1 : 0) } }
        let minutesOf = { (people: [Int]) in people.reduce(0) { $0 + self.targets[$1].busy.span.minutes } }
        return Gains(nights: order.indices.map { nightsOf(duties[order[$0]][day]) - nightsOf(duties[$0][day]) },
                     minutes: order.indices.map { minutesOf(duties[order[$0]][day]) - minutesOf(duties[$0][day]) })
    }

    /// Whether one of these duties is a night shift.
    private func standsANight(_ duties: [Int]) -> Bool { duties.contains { targets[$0].busy.isNight } }

    /// How many fewer wishes (意愿: +1 for a shift as wished, −1 for one against a wish) the group
    /// meets on the date when they take the duties the order gives them instead of their own.
    private func wishesLost(_ group: [Int], _ duties: [[[Int]]], _ day: Int, _ order: [Int]) -> Int {
        let score = { (person: Int, people: [Int]) in
            people.reduce(0) { $0 + self.facts.wishScore(of: person, on: self.targets[$1].slot.date, shift: self.targets[$1].shift) }
        }
        return order.indices.reduce(0) { $0 + score(group[$1], duties[$1][day]) - score(group[$1], duties[order[$1]][day]) }
    }

    /// Whether the gains bring the group's nights closer (their sum of squares falls) without
    /// widening the team's spread of nights (among `able`) or of hours.
    /// `start` holds the group's nights and minutes before the exchange (the board has them off duty).
    private func improves(_ group: [Int], _ start: (nights: [Int], minutes: [Int]), _ gains: Gains, _ able: [Int], _ members: [Int]) -> Bool {
        let value = { (person: Int, now: [Int], base: [Int], gained: [Int]) in
            group.firstIndex(of: person).map { base[$0] + gained[$0] } ?? now[person]
        }
        let nightsAfter = able.map { value($0, nights, start.nights, gains.nights) }
        let none = Array(repeating: 0, count: group.count)
        let nightsBefore = able.map { value($0, nights, start.nights, none) }
        let squares = { (values: [Int]) in values.reduce(0) { $0 + $1 * $1 } }
        guard squares(nightsAfter) < squares(nightsBefore),
              nightsAfter.max()! - nightsAfter.min()! <= nightsBefore.max()! - nightsBefore.min()! else { return false }
        let minutesAfter = members.map { value($0, minutes, start.minutes, gains.minutes) }
        let minutesBefore = members.map { value($0, minutes, start.minutes, none) }
        return minutesAfter.max()! - minutesAfter.min()! <= minutesBefore.max()! - minutesBefore.min()!
    }

    /// Every order of the values, the values' own order first.
    private func permutations(of values: [Int]) -> [[Int]] {
        guard values.count > 1 else { return [values] }
        return values.indices.flatMap { position in
            var rest = values
            let head = rest.remove(at: position)
            return permutations(of: rest).map { [head] + $0 }
        }
    }

    /// Whether each member can take their duties of a date (one list each), the board otherwise as it is.
    private mutating func fits(_ group: [Int], _ assignment: [[Int]]) -> Bool {
        var done: [(person: Int, target: Int)] = []
        var fits = true
        for (who, people) in assignment.enumerated() where fits {
            for target in people where fits {
                fits = refusal(of: group[who], on: target) == nil && requirementBlocking(group[who], on: target) == nil
                if fits {
                    place(group[who], on: target)
                    done.append((group[who], target))
                }
            }
        }
        for step in done.reversed() { unplace(step.person, from: step.target) }
        return fits
    }

    /// Whether the duties of a date fit after those of the date before (which fit on their own).
    private mutating func fitsAfter(_ group: [Int], _ before: [[Int]], _ assignment: [[Int]]) -> Bool {
        for (who, people) in before.enumerated() { for target in people { place(group[who], on: target) } }
        let fits = fits(group, assignment)
        for (who, people) in before.enumerated() { for target in people { unplace(group[who], from: target) } }
        return fits
    }
}
