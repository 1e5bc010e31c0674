import ZhibanModel

/// Nights shared as each date is filled, under the limits over several days (`init`'s rules).
/// The fill takes a date's places in time order and the people with the fewest hours first, so
/// the day shift goes to whoever is freest and the night to the rest; and whoever stood last
/// night cannot take today's day shift (rest after a night), so stands the night again, up to
/// `max_nights_in_a_row`. Shangyi's 第十党小组 came out with runs of four nights and 9 to 13
/// nights a member, and the exchange of dates afterwards, which under these limits may only
/// swap a day for a night on dates both members work, could not mend it: a run of nights can
/// only pass on at its start.
///
/// Here, once a date is filled, two members of one team (of `teamsSharingNights`: those whose
/// nights were two or more apart in the plan without) who both stand a shift of the same length
/// that date, one by day and one by night, swap when the night-stander has two nights or more
/// than the other: the same people work that date for as long, so hours, days in a row, days off
/// and hours a week stay as they were; every rule is checked on the board, and a swap that breaks
/// one is not made. Only people this plan placed move, and no swap meets fewer wishes. The plan
/// is kept only when it fills better, or as well with hours and then nights shared more evenly
/// (`Planner.plan`).
extension PlanningBoard {
    /// Swaps day and night places among the targets of one date (a range of `targets`) while it
    /// brings a team's nights closer, team by team (in the order they first stand that date).
    mutating func shareNights(among date: Range<Int>) {
        var teams: [(nights: [Standing], days: [Standing])] = []
        var teamPosition: [String: Int] = [:]
        for target in date where !targets[target].pinned {
            for person in placed[target] where teamsSharingNights.contains(facts.teams[person]) && !kept[target].contains(person)
                && !targets[target].designation.people.contains(person) {
                let position = teamPosition[facts.teams[person]] ?? teams.count
                if position == teams.count {
                    teamPosition[facts.teams[person]] = position
                    teams.append(([], []))
                }
                let standing = Standing(person: person, target: target)
                if targets[target].busy.isNight { teams[position].nights.append(standing) } else { teams[position].days.append(standing) }
            }
        }
        for team in teams where !team.nights.isEmpty && !team.days.isEmpty { shareNights(team.nights, team.days) }
    }

    /// Someone on a place of the date.
    private struct Standing {
        var person: Int
        let target: Int
    }

    /// Swaps within one team: the widest gap first (then the night-stander, then the day-stander
    /// in file order), until no pair two nights apart is left that fits.
    private mutating func shareNights(_ standingNights: [Standing], _ standingDays: [Standing]) {
        var (late, early) = (standingNights, standingDays)
        var failed = Set<[Int]>()
        while true {
            var best: (gap: Int, night: Int, day: Int)?
            for (n, night) in late.enumerated() {
                for (d, day) in early.enumerated() where targets[day.target].busy.span.minutes == targets[night.target].busy.span.minutes {
                    let gap = nights[night.person] - nights[day.person]
                    guard gap >= 2, !failed.contains([night.person, night.target, day.person, day.target]) else { continue }
                    if let current = best {
                        let order = (late[current.night].person, early[current.day].person)
                        guard gap > current.gap || (gap == current.gap && (night.person, day.person) < order) else { continue }
                    }
                    best = (gap, n, d)
                }
            }
            guard let best else { return }
            let (night, day) = (late[best.night], early[best.day])
            if trySwap(night, day) {
                late[best.night].person = day.person
                early[best.day].person = night.person
                failed = []
            } else {
                failed.insert([night.person, night.target, day.person, day.target])
            }
        }
    }

    /// The teams whose members stand nights two or more apart (among those who could stand
    /// some night): where a plan sharing nights by date is tried.
    var teamsWithNightsApart: Set<String> {
        Set(teamNames.filter { nightsSpread(among: index.members(of: $0)) >= 2 })
    }

    /// The teams' spreads of hours, then of nights, each added up over the teams (the nights among
    /// the members who could stand some night, as `RosterStats` counts them): how a plan sharing
    /// nights by date is weighed against one without, after how well each fills.
    var spreads: [Int] {
        var (hours, nightsApart) = (0, 0)
        for team in teamNames {
            let members = index.members(of: team)
            let minutesEach = members.map { minutes[$0] }
            hours += (minutesEach.max() ?? 0) - (minutesEach.min() ?? 0)
            nightsApart += nightsSpread(among: members)
        }
        return [hours, nightsApart]
    }

    /// Most nights of the members who could stand some night minus fewest.
    private func nightsSpread(among members: [Int]) -> Int {
        let nightsEach = nightStanders(members).map { nights[$0] }
        return (nightsEach.max() ?? 0) - (nightsEach.min() ?? 0)
    }

    /// Puts the night-stander on the day place and the day-stander on the night place when both
    /// fit and the two meet as many wishes; returns whether it did.
    private mutating func trySwap(_ night: Standing, _ day: Standing) -> Bool {
        let (facts, targets) = (facts, targets)  // not `self`, which the closure would capture
        let wish = { (person: Int, target: Int) in
            facts.wishScore(of: person, on: targets[target].slot.date, shift: targets[target].shift)
        }
        guard wish(night.person, day.target) + wish(day.person, night.target) >= wish(night.person, night.target) + wish(day.person, day.target) else { return false }
        unplace(night.person, from: night.target)
        unplace(day.person, from: day.target)
        if refusal(of: day.person, on: night.target) == nil, requirementBlocking(day.person, on: night.target) == nil {
            place(day.person, on: night.target)
            if refusal(of: night.person, on: day.target) == nil, requirementBlocking(night.person, on: day.target) == nil {
                place(night.person, on: day.target)
                return true
            }
            unplace(day.person, from: night.target)
        }
        place(day.person, on: day.target)
        place(night.person, on: night.target)
        return false
    }
}
