import ZhibanModel

/// The repair pass after the greedy fill: inside each team, shifts move from the member with
/// the most hours to the one with the fewest, then night shifts are swapped for day shifts of
/// the same length between the members with the most and fewest nights, then whole dates are
/// exchanged where no single swap fits (`PlanningBoard+NightExchange`); every change keeps every
/// hard rule, and wishes (意愿) decide among the changes fairness leaves open. People kept from an earlier plan, people a rotation names, and pinned duties are
/// never moved.
extension PlanningBoard {
    /// Balances every team's hours, then its nights (single swaps, then traded dates), then its days off.
    mutating func balanceTeams() {
        let movable = movableTargetsByPerson()
        var targetsOf = movable
        for team in teamNames {
            let members = index.members(of: team)
            guard members.count >= 2, members.contains(where: { !targetsOf[$0].isEmpty }) else { continue }
            balanceHours(members, &targetsOf)
            balanceNights(members, &targetsOf)
            exchangeNights(members, &targetsOf)
            balanceDaysOff(members, &targetsOf)
        }
    }

    /// The roster's teams, then the teams only volunteers name, in file order.
    var teamNames: [String] {
        var teams = index.roster.teams.map(\.name)
        var known = Set(teams)
        for team in facts.teams where !team.isEmpty && known.insert(team).inserted { teams.append(team) }
        return teams
    }

    /// The targets each person was placed on by this plan (not kept, not named by a rotation), in slot order.
    private func movableTargetsByPerson() -> [[Int]] {
        var result = Array(repeating: [Int](), count: facts.names.count)
        for target in targets.indices where !targets[target].pinned {
            for person in placed[target] where !kept[target].contains(person) && !targets[target].designation.people.contains(person) {
                result[person].append(target)
            }
        }
        return result
    }

    /// Moves shifts from busier to less busy members while that narrows the gap between them,
    /// preferring moves that meet as many wishes as before (see `findHoursMove`).
    private mutating func balanceHours(_ members: [Int], _ targetsOf: inout [[Int]]) {
        var moves = 0
        while moves < members.count * 8, let move = findHoursMove(members, targetsOf) {
            unplace(move.from, from: move.target)
            place(move.to, on: move.target)
            targetsOf[move.from].removeAll { $0 == move.target }
            targetsOf[move.to].append(move.target)
            moves += 1
        }
    }

    /// The first move (least busy receiver first, then busiest giver, then the giver's duties in
    /// slot order) that narrows the gap between the two and meets as many wishes as before: the
    /// receiver's wish score for the shift is at least the giver's. Only when no such move fits
    /// is the first one that loses a wish taken, as hours come before wishes. Without wishes every
    /// move keeps them, so the second scan never runs.
    private mutating func findHoursMove(_ members: [Int], _ targetsOf: [[Int]]) -> (from: Int, to: Int, target: Int)? {
        let ascending = members.sorted { (minutes[$0], $0) < (minutes[$1], $1) }
        var losesWishes = false
        for keepingWishes in [true, false] where keepingWishes || losesWishes {
            for low in ascending {
                for high in ascending.reversed() where minutes[high] > minutes[low] {
                    for target in targetsOf[high] where minutes[high] - minutes[low] > targets[target].busy.span.minutes {
                        let keeps = wishScore(of: low, on: target) >= wishScore(of: high, on: target)
                        losesWishes = losesWishes || !keeps
                        if keeps == keepingWishes, canHand(target, from: high, to: low) { return (high, low, target) }
                    }
                }
            }
        }
        return nil
    }

    /// Swaps nights for day shifts of the same length while some member has two nights more than
    /// another, two apart only where the swap loses no wish (see `findNightSwap`).
    private mutating func balanceNights(_ members: [Int], _ targetsOf: inout [[Int]]) {
        var swaps = 0
        while swaps < members.count * 8, let swap = findNightSwap(members, targetsOf) {
            unplace(swap.many, from: swap.night)
            unplace(swap.few, from: swap.day)
            place(swap.few, on: swap.night)
            place(swap.many, on: swap.day)
            targetsOf[swap.many].removeAll { $0 == swap.night }
            targetsOf[swap.few].removeAll { $0 == swap.day }
            targetsOf[swap.many].append(swap.day)
            targetsOf[swap.few].append(swap.night)
            swaps += 1
        }
    }

    /// The first swap (fewest nights first, then most) of a night of `many` for a day shift of
    /// `few` of the same length. Fairness comes first: while the two are three nights or more
    /// apart any swap will do. Two nights apart, only one that meets as many wishes as before:
    /// `few`'s score on the night plus `many`'s on the day at least `many`'s on the night plus
    /// `few`'s on the day. So a team whose busiest member 想值 夜班 (or whose least busy 不想值 夜班)
    /// may stay two nights apart, the last night where the people asked for it.
    private mutating func findNightSwap(_ members: [Int], _ targetsOf: [[Int]]) -> (many: Int, few: Int, night: Int, day: Int)? {
        let ascending = members.sorted { (nights[$0], $0) < (nights[$1], $1) }
        for few in ascending {
            for many in ascending.reversed() where nights[many] - nights[few] >= 2 {
                // What `many` taking each of `few`'s duties gains in wishes; nil when wishes are not weighed.
                let weighsWishes = nights[many] - nights[few] == 2 && (facts.hasWishes(few) || facts.hasWishes(many))
                let dayGains = weighsWishes ? targetsOf[few].map { wishScore(of: many, on: $0) - wishScore(of: few, on: $0) } : nil
                for night in targetsOf[many] where targets[night].busy.isNight && !neverTakes(few, night, from: many) {
                    let nightLoss = dayGains == nil ? 0 : wishScore(of: many, on: night) - wishScore(of: few, on: night)
                    for (position, day) in targetsOf[few].enumerated() where !targets[day].busy.isNight
                        && targets[day].busy.span.minutes == targets[night].busy.span.minutes
                        && (dayGains?[position] ?? 0) >= nightLoss {
                        if canSwap(many, night, few, day) { return (many, few, night, day) }
                    }
                }
            }
        }
        return nil
    }

    /// How well the target's shift suits the person's wishes (see `PersonFacts.wishScore`).
    private func wishScore(of person: Int, on target: Int) -> Int {
        facts.wishScore(of: person, on: targets[target].slot.date, shift: targets[target].shift)
    }

    /// Whether `few` cannot take `many`'s place on the night whatever day shift they give up:
    /// they are unavailable then, or the place is kept for a requirement they do not meet.
    /// (Giving up a duty never makes a ledger rule refuse, so only these are certain.)
    private func neverTakes(_ few: Int, _ night: Int, from many: Int) -> Bool {
        if case .unavailable? = refusal(of: few, on: night) { return true }
        return requirementBlocking(few, on: night, without: many) != nil
    }

    /// Whether `to` could take `from`'s place on the target (same team, so same tier), trying it on the board.
    mutating func canHand(_ target: Int, from: Int, to: Int) -> Bool {
        guard !placed[target].contains(to) else { return false }
        unplace(from, from: target)
        let fits = refusal(of: to, on: target) == nil && requirementBlocking(to, on: target) == nil
        place(from, on: target)
        return fits
    }

    /// Whether `many` and `few` could trade places, trying it on the board.
    mutating func canSwap(_ many: Int, _ night: Int, _ few: Int, _ day: Int) -> Bool {
        guard !placed[night].contains(few), !placed[day].contains(many) else { return false }
        unplace(many, from: night)
        unplace(few, from: day)
        var fits = refusal(of: few, on: night) == nil && requirementBlocking(few, on: night) == nil
        if fits {
            place(few, on: night)
            fits = refusal(of: many, on: day) == nil && requirementBlocking(many, on: day) == nil
            unplace(few, from: night)
        }
        place(many, on: night)
        place(few, on: day)
        return fits
    }
}
