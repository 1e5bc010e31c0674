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
        let index = RosterIndex(roster)
        guard let first = from ?? roster.dutyDateRange?.lowerBound, let last = to ?? roster.dutyDateRange?.upperBound,
              first <= last else {
            self.init(roster, index: index, dates: nil)
            return
        }
        self.init(roster, index: index, dates: first...last)
    }

    private init(_ roster: Roster, index: RosterIndex, dates: ClosedRange<LocalDate>?) {
        self.dates = dates
        var people = roster.volunteers.map { PersonStats(name: $0.name, team: $0.team) }
        var spans = Array(repeating: [TimeSpan](), count: people.count)
        var filled = Array(repeating: 0, count: roster.checkpoints.count)  // by the first checkpoint of each name
        var dutyDays = Array(repeating: [Int](), count: people.count)
        var nightDays = Array(repeating: [Int](), count: people.count)
        var places = DutyPlaces(index)
        for duty in roster.duties where dates?.contains(duty.date) == true {
            guard let (place, _, shift) = places.place(of: duty) else { continue }
            let checkpoint = roster.checkpoints[place]
            let span = shift.span(on: duty.date)
            let distinct = duty.distinctPeople
            filled[place] += min(distinct.count, checkpoint.peoplePerShift)
            for name in distinct {
                guard let person = index.personByName[name] else { continue }
                people[person].minutes += span.minutes
                people[person].shifts += 1
                if shift.isNight { people[person].nights += 1 }
                let team = people[person].team
                if !checkpoint.keepers.contains(where: { NameKey.same($0, team) }) { people[person].reserveCalls += 1 }
                spans[person].append(span)
                let wishes = roster.volunteers[person].wishes
                if !wishes.isEmpty {
                    if wishes.contains(where: { $0.wants && $0.concerns(date: duty.date, shift: shift) }) { people[person].wishedShifts += 1 }
                    if wishes.contains(where: { !$0.wants && $0.concerns(date: duty.date, shift: shift) }) { people[person].unwishedShifts += 1 }
                }
                dutyDays[person].append(duty.date.dayNumber)
                if shift.isNight { nightDays[person].append(duty.date.dayNumber) }
            }
        }
        let dayCount = dates.map { $0.lowerBound.distance(to: $0.upperBound) + 1 } ?? 0
        for person in people.indices {
            people[person].longestStretchMinutes = RosterStats.longestStretch(spans[person])
            let days = RosterStats.distinctSorted(dutyDays[person])
            people[person].longestDaysInARow = RosterStats.longestRun(days)
            people[person].longestNightsInARow = RosterStats.longestRun(RosterStats.distinctSorted(nightDays[person]))
            people[person].daysOff = dayCount - days.count
        }
        let nightShifts = roster.shifts.filter(\.isNight)
        let days = dates.map { $0.lowerBound.through($0.upperBound) } ?? []
        for person in people.indices where people[person].nights == 0 {  // who stood one could
            let volunteer = roster.volunteers[person]
            people[person].couldStandNights = days.contains { date in nightShifts.contains { volunteer.isAvailable(on: date, shift: $0) } }
        }
        self.people = people
        var teamNames = roster.teams.map(\.name)
        var named = Set(teamNames.map(NameKey.init))  // a String set would normalise every volunteer's team
        for volunteer in roster.volunteers where !volunteer.team.isEmpty && named.insert(NameKey(volunteer.team)).inserted {
            teamNames.append(volunteer.team)
        }
        teams = teamNames.map { name in TeamStats(name: name, members: index.members(of: name).map { people[$0] }) }
        coverage = roster.checkpoints.map { checkpoint in
            let shifts = checkpoint.shifts.filter { index.shiftsByName[$0] != nil }.count
            return CheckpointCoverage(checkpoint: checkpoint.name, needed: dayCount * shifts * checkpoint.peoplePerShift,
                                      filled: index.checkpointIndexByName[checkpoint.name].map { filled[$0] } ?? 0)
        }
    }

    /// The day numbers in order, each once.
    static func distinctSorted(_ days: [Int]) -> [Int] {
        var result: [Int] = []
        for day in days.sorted() where day != result.last { result.append(day) }
        return result
    }

    /// The most consecutive day numbers in a list sorted without repeats.
    static func longestRun(_ days: [Int]) -> Int {
        var longest = 0
        var length = 0
        for (position, day) in days.enumerated() {
            length = position > 0 && days[position - 1] == day - 1 ? length + 1 : 1
            longest = max(longest, length)
        }
        return longest
    }

    /// The longest run of time on duty, joining shifts that touch or overlap.
    static func longestStretch(_ spans: [TimeSpan]) -> Int {
        var longest = 0
        var current: TimeSpan?
        for span in spans.sorted() {
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
