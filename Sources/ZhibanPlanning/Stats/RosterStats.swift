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
        var filled = NameTable<Int>()
        var dutyDays = Array(repeating: Set<Int>(), count: people.count)
        var nightDays = Array(repeating: Set<Int>(), count: people.count)
        let duties = dates.map { range in roster.duties.filter { range.contains($0.date) } } ?? []
        for duty in duties {
            guard let shift = index.shiftsByName[duty.shift], let checkpoint = index.checkpoint(named: duty.checkpoint),
                  checkpoint.shifts.contains(duty.shift) else { continue }
            let span = shift.span(on: duty.date)
            var distinct: [String] = []
            for name in duty.people where !distinct.contains(name) { distinct.append(name) }
            filled[duty.checkpoint, default: 0] += min(distinct.count, checkpoint.peoplePerShift)
            for name in distinct {
                guard let person = index.personByName[name] else { continue }
                people[person].minutes += span.minutes
                people[person].shifts += 1
                if shift.isNight { people[person].nights += 1 }
                if !checkpoint.keepers.contains(people[person].team) { people[person].reserveCalls += 1 }
                spans[person].append(span)
                let wishes = roster.volunteers[person].wishes.filter { $0.concerns(date: duty.date, shift: shift) }
                if wishes.contains(where: \.wants) { people[person].wishedShifts += 1 }
                if wishes.contains(where: { !$0.wants }) { people[person].unwishedShifts += 1 }
                dutyDays[person].insert(duty.date.dayNumber)
                if shift.isNight { nightDays[person].insert(duty.date.dayNumber) }
            }
        }
        let dayCount = dates.map { $0.lowerBound.distance(to: $0.upperBound) + 1 } ?? 0
        for person in people.indices {
            people[person].longestStretchMinutes = RosterStats.longestStretch(spans[person])
            people[person].longestDaysInARow = RosterStats.longestRun(dutyDays[person])
            people[person].longestNightsInARow = RosterStats.longestRun(nightDays[person])
            people[person].daysOff = dayCount - dutyDays[person].count
        }
        self.people = people
        var teamNames = roster.teams.map(\.name)
        var named = Set(teamNames)
        for volunteer in roster.volunteers where !volunteer.team.isEmpty && named.insert(volunteer.team).inserted {
            teamNames.append(volunteer.team)
        }
        teams = teamNames.map { name in TeamStats(name: name, members: index.members(of: name).map { people[$0] }) }
        coverage = roster.checkpoints.map { checkpoint in
            let shifts = checkpoint.shifts.filter { index.shiftsByName[$0] != nil }.count
            return CheckpointCoverage(checkpoint: checkpoint.name, needed: dayCount * shifts * checkpoint.peoplePerShift,
                                      filled: filled[checkpoint.name] ?? 0)
        }
    }

    /// The most consecutive day numbers in the set.
    static func longestRun(_ days: Set<Int>) -> Int {
        days.filter { !days.contains($0 - 1) }.map { first in
            var length = 1
            while days.contains(first + length) { length += 1 }
            return length
        }.max() ?? 0
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
