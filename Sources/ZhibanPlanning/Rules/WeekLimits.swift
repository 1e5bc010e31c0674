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
        let calendar = DutyCalendar(duties, around: day)
        if let limit = rules.maxDaysInARow {
            let run = calendar.run(through: day, nights: false, endingOnly: endingOnly)
            if run > limit { found.append(.daysInARow(days: run, limit: limit)) }
        }
        if let limit = rules.maxNightsInARow, isNight {
            let run = calendar.run(through: day, nights: true, endingOnly: endingOnly)
            if run > limit { found.append(.nightsInARow(nights: run, limit: limit)) }
        }
        let firstDays = endingOnly ? [day - 6] : Array((day - 6)...day)
        if let required = rules.minDaysOffPerWeek, let first = firstDays.first(where: { 7 - calendar.daysOnDuty(from: $0) < required }) {
            found.append(.daysOff(from: LocalDate(dayNumber: first), off: 7 - calendar.daysOnDuty(from: first), required: required))
        }
        if let limit = rules.maxMinutesPerWeek, let first = firstDays.first(where: { calendar.minutes(from: $0) > limit }) {
            found.append(.weeklyHours(from: LocalDate(dayNumber: first), minutes: calendar.minutes(from: first), limit: limit))
        }
        return found
    }

    /// One person's duties by date, over the dates they span and a week either side of the date judged.
    private struct DutyCalendar {
        let first: Int
        var onDuty: [Bool]
        var night: [Bool]
        var minutes: [Int]

        init(_ duties: [DutyDay], around day: Int) {
            first = min(day - 7, duties.map(\.day).min() ?? day)
            let count = max(day + 7, duties.map(\.day).max() ?? day) - first + 1
            onDuty = Array(repeating: false, count: count)
            night = Array(repeating: false, count: count)
            minutes = Array(repeating: 0, count: count)
            for duty in duties {
                onDuty[duty.day - first] = true
                if duty.isNight { night[duty.day - first] = true }
                minutes[duty.day - first] += duty.minutes
            }
        }

        private func has(_ day: Int, nights: Bool) -> Bool {
            let position = day - first
            guard position >= 0, position < onDuty.count else { return false }
            return nights ? night[position] : onDuty[position]
        }

        /// The dates in a row on duty (or with a night) that contain `day` (or end with it).
        func run(through day: Int, nights: Bool, endingOnly: Bool) -> Int {
            var low = day
            while has(low - 1, nights: nights) { low -= 1 }
            var high = day
            while !endingOnly, has(high + 1, nights: nights) { high += 1 }
            return high - low + 1
        }

        /// Dates on duty among the 7 from `start`.
        func daysOnDuty(from start: Int) -> Int { (start...(start + 6)).reduce(0) { $0 + (has($1, nights: false) ? 1 : 0) } }

        /// Minutes of duty in the 7 dates from `start`.
        func minutes(from start: Int) -> Int { (start...(start + 6)).reduce(0) { $0 + minutes[$1 - first] } }
    }
}
