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

        /// A duty with these figures.
        init(day: Int, isNight: Bool, minutes: Int) {
            self.day = day
            self.isNight = isNight
            self.minutes = minutes
        }

        /// A duty of the ledger: the date its shift starts on.
        init(_ busy: BusySpan) {
            self.init(day: floorDiv(busy.span.start, 1440), isNight: busy.isNight, minutes: busy.span.minutes)
        }
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
        let firstDays = endingOnly ? (day - 6)...(day - 6) : (day - 6)...day
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
        /// What one date holds.
        private struct DateFigures {
            var onDuty = false
            var night = false
            var minutes = 0
        }

        let first: Int
        /// By date from `first` (one list, not three: it is made for every placement judged).
        private var dates: [DateFigures]

        init(_ duties: [DutyDay], around day: Int) {
            var (low, high) = (day - 7, day + 7)
            for duty in duties {
                low = min(low, duty.day)
                high = max(high, duty.day)
            }
            first = low
            dates = Array(repeating: DateFigures(), count: high - low + 1)
            for duty in duties {
                dates[duty.day - first].onDuty = true
                if duty.isNight { dates[duty.day - first].night = true }
                dates[duty.day - first].minutes += duty.minutes
            }
        }

        private func has(_ day: Int, nights: Bool) -> Bool {
            let position = day - first
            guard position >= 0, position < dates.count else { return false }
            return nights ? dates[position].night : dates[position].onDuty
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
        func minutes(from start: Int) -> Int { (start...(start + 6)).reduce(0) { $0 + dates[$1 - first].minutes } }
    }
}
