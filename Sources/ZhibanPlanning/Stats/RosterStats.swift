import ZhibanModel

/// Figures over a date range: per person and per team hours, shifts, nights, longest stretch and
/// reserve calls, and per person days in a row, days off, nights in a row and wishes met; per team how evenly the load is shared; per checkpoint how fully it is staffed.
///
/// ```swift
/// let stats = RosterStats(roster, from: april1, to: april30)
/// stats.teams.map(\.minutesSpread)      // max − min minutes inside each team
/// ```
public struct RosterStats: Hashable, Sendable {
    /// The dates counted (nil when the roster has no duties and none were given).
    public let dates: ClosedRange<LocalDate>?
    /// Every volunteer, in file order.
    public let people: [PersonStats]
    /// Every team, in file order (teams only named by volunteers come after).
    public let teams: [TeamStats]
    /// Every checkpoint, in file order.
    public let coverage: [CheckpointCoverage]

    /// Counts the duties whose shift starts between `from` and `to` (defaults: the first and last duty).
    public init(_ roster: Roster, from: LocalDate? = nil, to: LocalDate? = nil) {
        self.init(roster, index: RosterIndex(roster), dates: RosterStats.dates(of: roster, from: from, to: to))
    }

    /// The dates `RosterStats(roster, from:to:)` counts, told without counting them: `from`…`to`,
    /// defaults the first and last duty; nil when that is no range.
    public static func dates(of roster: Roster, from: LocalDate? = nil, to: LocalDate? = nil) -> ClosedRange<LocalDate>? {
        guard let first = from ?? roster.dutyDateRange?.lowerBound, let last = to ?? roster.dutyDateRange?.upperBound,
              first <= last else { return nil }
        return first...last
    }

    /// One shift of one person, as the figures need it.
    private struct PersonShift {
        /// When it is stood.
        let span: TimeSpan
        /// The day number of the date it starts on.
        let day: Int
        /// Whether it is a night shift.
        let night: Bool
    }

    private init(_ roster: Roster, index: RosterIndex, dates: ClosedRange<LocalDate>?) {
        self.dates = dates
        var people = roster.volunteers.map { PersonStats(name: $0.name, team: $0.team) }
        var filled = Array(repeating: 0, count: roster.checkpoints.count)  // by the first checkpoint of each name
        var shifts = PersonRuns<PersonShift>(people: people.count)
        // Who keeps each checkpoint, as team numbers: a person is on reserve where their team's is not among them.
        let keepers = roster.checkpoints.map { $0.keepers.compactMap { index.teamByName[$0] } }
        var places = DutyPlaces(index)
        for duty in roster.duties where dates?.contains(duty.date) == true {
            guard let (place, _, shift) = places.place(of: duty) else { continue }
            let span = shift.span(on: duty.date)
            let night = shift.isNight
            let distinct = duty.distinctPeople
            filled[place] += min(distinct.count, roster.checkpoints[place].peoplePerShift)
            for name in distinct {
                guard let person = index.personByName[name] else { continue }
                people[person].minutes += span.minutes
                people[person].shifts += 1
                if night { people[person].nights += 1 }
                if !keepers[place].contains(index.teamOfVolunteer[person]) { people[person].reserveCalls += 1 }
                let wishes = roster.volunteers[person].wishes
                if !wishes.isEmpty {
                    if wishes.contains(where: { $0.wants && $0.concerns(date: duty.date, shift: shift) }) { people[person].wishedShifts += 1 }
                    if wishes.contains(where: { !$0.wants && $0.concerns(date: duty.date, shift: shift) }) { people[person].unwishedShifts += 1 }
                }
                shifts.append(PersonShift(span: span, day: duty.date.dayNumber, night: night), of: person)
            }
        }
        let dayCount = dates.map { $0.lowerBound.distance(to: $0.upperBound) + 1 } ?? 0
        let grouped = shifts.grouped { $0.span < $1.span }
        var days: [Int] = []
        var nights: [Int] = []
        for person in people.indices {
            let own = grouped[person]
            people[person].longestStretchMinutes = RosterStats.longestStretch(own.lazy.map(\.span))
            // In order of their spans, the days are in order too, unless a shift starts at 24:00.
            days.removeAll(keepingCapacity: true)
            nights.removeAll(keepingCapacity: true)
            for shift in own {
                days.append(shift.day)
                if shift.night { nights.append(shift.day) }
            }
            days.sort()
            nights.sort()
            let (daysOn, daysInARow) = RosterStats.longestRun(days)
            people[person].longestDaysInARow = daysInARow
            people[person].longestNightsInARow = RosterStats.longestRun(nights).longest
            people[person].daysOff = dayCount - daysOn
        }
        let nightShifts = roster.shifts.filter(\.isNight)
        let range = dates.map { $0.lowerBound.through($0.upperBound) } ?? []
        for person in people.indices where people[person].nights == 0 {  // who stood one could
            let volunteer = roster.volunteers[person]
            people[person].couldStandNights = range.contains { date in nightShifts.contains { volunteer.isAvailable(on: date, shift: $0) } }
        }
        self.people = people
        // The roster's teams, then those only volunteers name (the index numbers them as first named).
        var named = Set(roster.teams.compactMap { index.teamByName[$0.name] })
        var teams = roster.teams.map { TeamStats(name: $0.name, members: index.members(of: $0.name).map { people[$0] }) }
        for (team, name) in index.teamNames.enumerated() where !name.isEmpty && named.insert(team).inserted {
            teams.append(TeamStats(name: name, members: index.members(ofTeam: team).map { people[$0] }))
        }
        self.teams = teams
        coverage = roster.checkpoints.map { checkpoint in
            let shifts = checkpoint.shifts.filter { index.shiftsByName[$0] != nil }.count
            return CheckpointCoverage(checkpoint: checkpoint.name, needed: dayCount * shifts * checkpoint.peoplePerShift,
                                      filled: index.checkpointIndexByName[checkpoint.name].map { filled[$0] } ?? 0)
        }
    }

    /// How many distinct day numbers a sorted list holds (repeats allowed), and the most of them in a row.
    static func longestRun(_ days: [Int]) -> (distinct: Int, longest: Int) {
        var previous: Int?
        var (distinct, length, longest) = (0, 0, 0)
        for day in days where day != previous {
            length = previous == day - 1 ? length + 1 : 1
            previous = day
            distinct += 1
            longest = max(longest, length)
        }
        return (distinct, longest)
    }

    /// The longest run of time on duty, joining shifts that touch or overlap, of spans in order.
    static func longestStretch(_ spans: some Sequence<TimeSpan>) -> Int {
        var longest = 0
        var current: TimeSpan?
        for span in spans {
            if let run = current, span.start <= run.end {
                current = TimeSpan(start: run.start, end: max(run.end, span.end))
            } else {
                current = span
            }
            longest = max(longest, current!.minutes)
        }
        return longest
    }
}
