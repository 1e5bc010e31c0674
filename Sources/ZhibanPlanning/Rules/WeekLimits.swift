import ZhibanModel

/// The limits over several days (`max_days_in_a_row`, `min_days_off_per_week`,
/// `max_nights_in_a_row`, `max_hours_per_week`), judged on one person's duties. A duty belongs
/// to the date its shift starts; "a week" is any 7 dates in a row.
struct WeekLimits: Sendable {
    /// The rules (only the limits over several days are read).
    let rules: RosterRules

    /// One duty as these limits see it: its start date (day number), whether a night, its minutes.
    struct DutyDay: Sendable {
        let day: Int
        let isNight: Bool
        let minutes: Int
    }

    /// Every limit (at most one of each) that `duties` break on the date `day`, looking at the
    /// runs and weeks that contain it (for a new duty) or end with it (for a check, `endingOnly`).
    func refusals(on day: Int, isNight: Bool, _ duties: [DutyDay], endingOnly: Bool = false) -> [PlacementRefusal] {
        var found: [PlacementRefusal] = []
        let onDuty = Set(duties.map(\.day))
        if let limit = rules.maxDaysInARow {
            let run = runLength(through: day, in: onDuty, endingOnly: endingOnly)
            if run > limit { found.append(.daysInARow(days: run, limit: limit)) }
        }
        if let limit = rules.maxNightsInARow, isNight {
            let run = runLength(through: day, in: Set(duties.filter(\.isNight).map(\.day)), endingOnly: endingOnly)
            if run > limit { found.append(.nightsInARow(nights: run, limit: limit)) }
        }
        let firstDays = endingOnly ? [day - 6] : Array((day - 6)...day)
        if let required = rules.minDaysOffPerWeek, let first = firstDays.first(where: { first in
            7 - onDuty.filter { (first...(first + 6)).contains($0) }.count < required
        }) {
            let off = 7 - onDuty.filter { (first...(first + 6)).contains($0) }.count
            found.append(.daysOff(from: LocalDate(dayNumber: first), off: off, required: required))
        }
        let minutesFrom = { (first: Int) in duties.filter { (first...(first + 6)).contains($0.day) }.reduce(0) { $0 + $1.minutes } }
        if let limit = rules.maxMinutesPerWeek, let first = firstDays.first(where: { minutesFrom($0) > limit }) {
            found.append(.weeklyHours(from: LocalDate(dayNumber: first), minutes: minutesFrom(first), limit: limit))
        }
        return found
    }

    /// The dates in a row in `days` that contain `day` (or end with it).
    private func runLength(through day: Int, in days: Set<Int>, endingOnly: Bool) -> Int {
        var first = day
        while days.contains(first - 1) { first -= 1 }
        var last = day
        while !endingOnly, days.contains(last + 1) { last += 1 }
        return last - first + 1
    }
}
