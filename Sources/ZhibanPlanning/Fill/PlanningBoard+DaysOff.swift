import ZhibanModel

/// Days off shared evenly inside a team, after its hours and nights. With shifts short enough
/// for two on one date (06:00–10:00 and 18:00–22:00 at a testing point), the fill can give one
/// member both shifts of a date while a teammate with the same hours works every date: one rests
/// seven days of the month and the other none. Here members hand a duty to each other, or swap
/// one duty each, while their days off (dates of the plan without a shift, as `RosterStats`
/// counts them) come closer: the team's spread of days off does not grow and their variance
/// falls, the team's spread of hours and of nights (among those who could stand one) does not
/// grow, and the two duties meet as many wishes as before. Every trade is tried on the board and
/// kept only when it breaks no rule and leaves no place kept for a 党员 to someone else (the two
/// are of one team, so no one moves to a later tier). Only duties this plan placed move.
extension PlanningBoard {
    /// Trades duties between the team's members while some two are two days off or more apart
    /// and some trade brings their days off closer: at most eight trades per member, and 4,096
    /// looks per member (a look at whether someone may take a duty, or a trade tried on the
    /// board). Only where some member has two duties on one date or the team's duties differ in
    /// length: else each member's days off follow their count of shifts, which the hours pass has
    /// already shared out as evenly as the rules let it (so the 12-hour districts cost nothing).
    mutating func balanceDaysOff(_ members: [Int], _ targetsOf: inout [[Int]]) {
        let off = members.map(daysOff)
        guard off.max()! - off.min()! >= 2 else { return }
        var tally = DaysOffTally(self, members)
        let lengths = Set(members.flatMap { targetsOf[$0] }.map { targets[$0].busy.span.minutes })
        guard lengths.count > 1 || tally.duties.contains(where: { $0.contains { $0 > 1 } }) else { return }
        let able = nightStanders(members)
        var looks = members.count * 4096
        var failed = Set<Trade>()
        var trades = 0
        while trades < members.count * 8, let trade = nextTrade(tally, able, targetsOf, &failed, &looks) {
            unplace(trade.giver, from: trade.given)
            if let taken = trade.taken { unplace(trade.taker, from: taken) }
            place(trade.taker, on: trade.given)
            if let taken = trade.taken { place(trade.giver, on: taken) }
            targetsOf[trade.giver].removeAll { $0 == trade.given }
            targetsOf[trade.taker].append(trade.given)
            if let taken = trade.taken {
                targetsOf[trade.taker].removeAll { $0 == taken }
                targetsOf[trade.giver].append(taken)
            }
            tally.record(trade, self)
            trades += 1
            // A trade that did not fit may fit now only if it shares a person or a place with this one.
            let people = [trade.giver, trade.taker]
            let places = [trade.given] + (trade.taken.map { [$0] } ?? [])
            failed = failed.filter { !people.contains($0.giver) && !people.contains($0.taker)
                && !places.contains($0.given) && !($0.taken.map(places.contains) ?? false) }
        }
    }

    /// The first trade that brings the team's days off closer and fits: between the members
    /// furthest apart first, the one with fewer days off handing a duty to the other or swapping
    /// one each. Each look spends one of `looks`; a trade that did not fit is not tried again
    /// (`failed`). A swap is not tried when one of the two could not take the other's duty even
    /// before giving up their own and the two duties are too far apart for one to stand in the
    /// way of the other (`reachMinutes`).
    private mutating func nextTrade(_ tally: DaysOffTally, _ able: [Int], _ targetsOf: [[Int]],
                                    _ failed: inout Set<Trade>, _ looks: inout Int) -> Trade? {
        let members = tally.members
        var pairs: [(fewer: Int, more: Int)] = []
        for fewer in members.indices {
            for more in members.indices where tally.off[more] > tally.off[fewer] { pairs.append((fewer, more)) }
        }
        let gap = { (pair: (fewer: Int, more: Int)) in tally.off[pair.more] - tally.off[pair.fewer] }
        pairs.sort { (-gap($0), $0.fewer, $0.more) < (-gap($1), $1.fewer, $1.more) }
        let reach = reachMinutes
        for (fewer, more) in pairs {
            let (giver, taker) = (members[fewer], members[more])
            guard looks > targetsOf[taker].count else { return nil }
            looks -= targetsOf[taker].count
            let giverMay = targetsOf[taker].map { refusal(of: giver, on: $0) == nil }
            for given in targetsOf[giver] {
                guard looks > 0 else { return nil }
                looks -= 1
                let takerMay = refusal(of: taker, on: given) == nil
                var candidates = [Trade(giver: giver, given: given, taker: taker, taken: nil)]
                for (position, taken) in targetsOf[taker].enumerated() {
                    let (first, second) = (targets[given].busy.span, targets[taken].busy.span)
                    let near = max(first.start - second.end, second.start - first.end) < reach
                    if near || (takerMay && giverMay[position]) { candidates.append(Trade(giver: giver, given: given, taker: taker, taken: taken)) }
                }
                for trade in candidates where (trade.taken != nil || takerMay) && !failed.contains(trade) && evens(trade, tally, able) {
                    guard looks > 0 else { return nil }
                    looks -= 1
                    let fits = trade.taken.map { canSwap(giver, given, taker, $0) } ?? canHand(given, from: giver, to: taker)
                    if fits { return trade }
                    failed.insert(trade)
                }
            }
        }
        return nil
    }

    /// The dates of the plan on which the person has no duty (the ledger holds their duties in time order).
    private func daysOff(_ person: Int) -> Int {
        let (first, last) = (request.from.dayNumber, request.to.dayNumber)
        var (worked, previous) = (0, Int.min)
        for busy in ledger.spansByPerson[person] {
            let day = floorDiv(busy.span.start, 1440)
            if day != previous, (first...last).contains(day) { worked += 1 }
            previous = day
        }
        return last - first + 1 - worked
    }

    /// How far apart (in minutes, from the end of one to the start of the other) two duties of a
    /// person can be and one still bear on whether they may take the other: the rest after a
    /// shift and the hours of a calendar day, or the limits over several days when the rules set them.
    private var reachMinutes: Int {
        let rules = index.roster.settings.rules
        let rest = max(rules.minRestMinutes, rules.minRestAfterNightMinutes, 1440)
        let limits = [rules.maxDaysInARow, rules.minDaysOffPerWeek, rules.maxNightsInARow, rules.maxMinutesPerWeek]
        guard limits.contains(where: { $0 != nil }) else { return rest }
        return max(rest, 8 * 1440, ((rules.maxDaysInARow ?? 0) + 2) * 1440, ((rules.maxNightsInARow ?? 0) + 2) * 1440)
    }

    /// Whether the trade brings the team's days off closer (their spread does not grow and their
    /// unevenness falls) without widening the team's spread of hours or of nights (among `able`),
    /// meets as many wishes as before and leaves no one more dates in a row than the team's longest run. The rules are `canHand`'s and `canSwap`'s business.
    private func evens(_ trade: Trade, _ tally: DaysOffTally, _ able: [Int]) -> Bool {
        guard let off = tally.offAfter(trade, self) else { return false }
        let given = targets[trade.given]
        let taken = trade.taken.map { targets[$0] }
        let minutesMoved = given.busy.span.minutes - (taken?.busy.span.minutes ?? 0)
        if minutesMoved != 0, !keepsSpread(minutes, of: tally.members, trade, minutesMoved) { return false }
        let nightsMoved = (given.busy.isNight ? 1 : 0) - (taken?.busy.isNight == true ? 1 : 0)
        if nightsMoved != 0, !keepsSpread(nights, of: able, trade, nightsMoved) { return false }
        let wish = { (person: Int, target: TargetSlot?) in
            target.map { self.facts.wishScore(of: person, on: $0.slot.date, shift: $0.shift) } ?? 0
        }
        return off.max()! - off.min()! <= tally.spread
            && wish(trade.taker, given) + wish(trade.giver, taken) >= wish(trade.giver, given) + wish(trade.taker, taken)
            && tally.keepsRuns(trade, self)
    }

    /// Whether moving `amount` of a figure from the trade's giver to its taker leaves the spread
    /// of the figure over `people` no wider.
    private func keepsSpread(_ figure: [Int], of people: [Int], _ trade: Trade, _ amount: Int) -> Bool {
        guard !people.isEmpty else { return true }
        let before = people.map { figure[$0] }
        let after = people.map { figure[$0] + ($0 == trade.giver ? -amount : $0 == trade.taker ? amount : 0) }
        return after.max()! - after.min()! <= before.max()! - before.min()!
    }

    /// `giver` hands `given` to `taker` and, in a swap, takes `taken` from them.
    private struct Trade: Hashable {
        let giver: Int
        let given: Int
        let taker: Int
        let taken: Int?
    }

    /// Per member of a team, how many duties they have on each date of the plan (every duty,
    /// kept and pinned ones too) and so their days off.
    private struct DaysOffTally {
        /// The team's members, in the order given.
        let members: [Int]
        /// Per member (by position) and day of the plan, duties that start that date.
        var duties: [[Int]]
        /// Per member (by position), dates without a duty.
        var off: [Int]

        init(_ board: PlanningBoard, _ members: [Int]) {
            self.members = members
            let first = board.request.from.dayNumber
            let dayCount = board.request.to.dayNumber - first + 1
            duties = members.map { person in
                var days = Array(repeating: 0, count: dayCount)
                for busy in board.ledger.spansByPerson[person] {
                    let day = floorDiv(busy.span.start, 1440) - first
                    if days.indices.contains(day) { days[day] += 1 }
                }
                return days
            }
            off = duties.map { days in days.reduce(0) { $0 + ($1 == 0 ? 1 : 0) } }
        }

        /// Most days off of a member minus fewest.
        var spread: Int { (off.max() ?? 0) - (off.min() ?? 0) }

        /// The members' days off after the trade, when it makes them less uneven (the count of
        /// members times the sum of squares, less the square of the sum: the variance, scaled to
        /// a whole number, falls); else nil.
        func offAfter(_ trade: Trade, _ board: PlanningBoard) -> [Int]? {
            let (giver, taker, given, taken) = positions(of: trade, board)
            let giverChange = change(giver, losing: given, gaining: taken)
            let takerChange = change(taker, losing: taken, gaining: given)
            guard giverChange != 0 || takerChange != 0 else { return nil }
            let (sum, squares) = off.reduce((0, 0)) { ($0.0 + $1, $0.1 + $1 * $1) }
            let newSum = sum + giverChange + takerChange
            let newSquares = squares + giverChange * (2 * off[giver] + giverChange) + takerChange * (2 * off[taker] + takerChange)
            guard off.count * newSquares - newSum * newSum < off.count * squares - sum * sum else { return nil }
            var result = off
            result[giver] += giverChange
            result[taker] += takerChange
            return result
        }

        /// Whether neither member of the trade would work more dates in a row than anyone of the
        /// team does now (with no limit in the rules, evening days off must not buy a fortnight
        /// without one).
        func keepsRuns(_ trade: Trade, _ board: PlanningBoard) -> Bool {
            let (giver, taker, given, taken) = positions(of: trade, board)
            let longest = duties.indices.map { longestRun(duties[$0]) }.max() ?? 0
            var (giverDays, takerDays) = (duties[giver], duties[taker])
            giverDays[given] -= 1
            takerDays[given] += 1
            if let taken {
                takerDays[taken] -= 1
                giverDays[taken] += 1
            }
            return longestRun(giverDays) <= longest && longestRun(takerDays) <= longest
        }

        /// The most dates in a row with a duty.
        private func longestRun(_ days: [Int]) -> Int {
            var (longest, run) = (0, 0)
            for count in days {
                run = count > 0 ? run + 1 : 0
                longest = max(longest, run)
            }
            return longest
        }

        /// Records a trade done on the board.
        mutating func record(_ trade: Trade, _ board: PlanningBoard) {
            let (giver, taker, given, taken) = positions(of: trade, board)
            off[giver] += change(giver, losing: given, gaining: taken)
            off[taker] += change(taker, losing: taken, gaining: given)
            duties[giver][given] -= 1
            duties[taker][given] += 1
            if let taken {
                duties[taker][taken] -= 1
                duties[giver][taken] += 1
            }
        }

        /// The giver's and taker's positions in the team, and the days of the plan of the duties traded.
        private func positions(of trade: Trade, _ board: PlanningBoard) -> (giver: Int, taker: Int, given: Int, taken: Int?) {
            let day = { (target: Int) in board.targets[target].slot.date.dayNumber - board.request.from.dayNumber }
            return (members.firstIndex(of: trade.giver)!, members.firstIndex(of: trade.taker)!, day(trade.given), trade.taken.map(day))
        }

        /// How a member's days off change when they lose a duty on one day and gain one on another.
        private func change(_ member: Int, losing lost: Int?, gaining gained: Int?) -> Int {
            guard lost != gained else { return 0 }
            var change = 0
            if let lost, duties[member][lost] == 1 { change += 1 }
            if let gained, duties[member][gained] == 0 { change -= 1 }
            return change
        }
    }
}
