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
/// Here, once a date is filled, two members of one team who both stand a shift of the same
/// length that date, one by day and one by night, swap when the night-stander has two nights
/// or more than the other: the same people work that date for as long, so hours, days in a row,
/// days off and hours a week stay as they were; every rule is checked on the board, and a swap
/// that breaks one is not made. Only people this plan placed move, and no swap meets fewer wishes.
extension PlanningBoard {
    /// Swaps day and night places among the targets of one date (a range of `targets`) while it
    /// brings a team's nights closer.
    mutating func shareNights(among date: Range<Int>) {
        let movable = { (board: PlanningBoard, target: Int) in
            board.placed[target].filter { !board.kept[target].contains($0) && !board.targets[target].designation.people.contains($0) }
        }
        var swapped = true
        var rounds = 0
        while swapped, rounds < date.count * 4 {
            swapped = false
            rounds += 1
            let nightPlaces = date.filter { !targets[$0].pinned && targets[$0].busy.isNight }
            let dayPlaces = date.filter { !targets[$0].pinned && !targets[$0].busy.isNight }
            var candidates: [(gap: Int, night: (person: Int, target: Int), day: (person: Int, target: Int))] = []
            for night in nightPlaces {
                for late in movable(self, night) {
                    for day in dayPlaces where targets[day].busy.span.minutes == targets[night].busy.span.minutes {
                        for early in movable(self, day) where facts.teams[early] == facts.teams[late] && nights[late] - nights[early] >= 2 {
                            candidates.append((nights[late] - nights[early], (late, night), (early, day)))
                        }
                    }
                }
            }
            candidates.sort { ($0.gap, $1.night.person, $1.day.person) > ($1.gap, $0.night.person, $0.day.person) }
            for candidate in candidates where trySwap(candidate.night, candidate.day) {
                swapped = true
                break
            }
        }
    }

    /// The teams' spreads of nights added up, each among the members who could stand some night
    /// (as `RosterStats` counts it): how a plan sharing nights by date is weighed against one without.
    var nightSpreads: Int {
        teamNames.reduce(0) { sum, team in
            let counts = nightStanders(index.members(of: team)).map { nights[$0] }
            return sum + (counts.max() ?? 0) - (counts.min() ?? 0)
        }
    }

    /// Puts the night-stander on the day place and the day-stander on the night place when both
    /// fit and the two meet as many wishes; returns whether it did.
    private mutating func trySwap(_ night: (person: Int, target: Int), _ day: (person: Int, target: Int)) -> Bool {
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
