import ZhibanModel

/// Every person's duties in time order, updated as the planner places people, answering
/// "may this person take this shift?" for the time rules (overlap, rest, hours per day)
/// by looking only at their neighbouring duties.
///
/// Duties may be added in any order (pinned duties in the future come first), so each
/// person keeps a sorted list and a check looks both backwards and forwards.
struct DutyLedger: Sendable {
    /// The rules the ledger enforces.
    let rules: RosterRules
    /// Each person's duties, sorted by start.
    private(set) var spansByPerson: [[BusySpan]]
    /// The slots the duties are on.
    private(set) var slots = SlotTable()

    /// An empty ledger for `people` people.
    init(people: Int, rules: RosterRules) {
        self.rules = rules
        spansByPerson = Array(repeating: [], count: people)
    }

    /// A duty on `slot` of `shift`, numbered in this ledger's slot table.
    mutating func busySpan(_ slot: Slot, shift: Shift) -> BusySpan {
        BusySpan(span: shift.span(on: slot.date), isNight: shift.isNight, slot: slots.number(for: slot))
    }

    /// Records a duty.
    mutating func add(_ busy: BusySpan, for person: Int) {
        let index = insertionIndex(of: busy.span, in: spansByPerson[person])
        spansByPerson[person].insert(busy, at: index)
    }

    /// Forgets the person's duty, if recorded.
    mutating func remove(_ busy: BusySpan, for person: Int) {
        var index = insertionIndex(of: busy.span, in: spansByPerson[person])
        while index > 0, spansByPerson[person][index - 1].span.start == busy.span.start {
            index -= 1
            if spansByPerson[person][index].slot == busy.slot {
                spansByPerson[person].remove(at: index)
                return
            }
        }
    }

    /// Least rest required after a shift.
    func restRequired(after isNight: Bool) -> Int { isNight ? rules.minRestAfterNightMinutes : rules.minRestMinutes }

    /// The first time rule that taking `candidate` would break for this person, or nil.
    ///
    /// In order: already on this shift, on another duty at the same time, over the daily
    /// limit, too little rest before or after, then the limits over several days.
    func refusal(for person: Int, taking candidate: BusySpan) -> PlacementRefusal? {
        let spans = spansByPerson[person]
        let span = candidate.span
        let index = insertionIndex(of: span, in: spans)
        // A shift lasts at most a day, so nothing that starts earlier than a day before the first
        // calendar day touched (or before the longest rest) can matter; likewise after.
        let firstDayStart = floorDiv(span.start, 1440) * 1440
        let lastDayEnd = (floorDiv(max(span.start, span.end - 1), 1440) + 1) * 1440
        let longestRest = max(rules.minRestMinutes, rules.minRestAfterNightMinutes)
        let before = neighbours(in: spans, from: index, backTo: min(span.start - 1440 - longestRest, firstDayStart - 1440))
        let after = neighbours(in: spans, from: index, upTo: max(span.end + restRequired(after: candidate.isNight), lastDayEnd))
        let near = spans[before.startIndex..<after.endIndex]
        if near.contains(where: { $0.slot == candidate.slot }) { return .alreadyOnShift }
        if let clash = near.first(where: { $0.span.overlaps(span) }) { return .busy(at: slots[clash.slot]) }
        if let limit = dailyLimitRefusal(for: span, near: near) { return limit }
        for other in before.reversed() {
            let gap = span.start - other.span.end
            let required = restRequired(after: other.isNight)
            if gap < required { return .rest(other: slots[other.slot], otherIsBefore: true, minutes: gap, required: required) }
        }
        for other in after {
            let gap = other.span.start - span.end
            let required = restRequired(after: candidate.isNight)
            if gap < required { return .rest(other: slots[other.slot], otherIsBefore: false, minutes: gap, required: required) }
        }
        return rules.hasWeekLimits ? weekLimitRefusal(spans, index, candidate) : nil
    }

    /// The limit over several days that taking `candidate` (to go at `index` in `spans`) would break.
    private func weekLimitRefusal(_ spans: [BusySpan], _ index: Int, _ candidate: BusySpan) -> PlacementRefusal? {
        let reach = (8 + max(rules.maxDaysInARow ?? 0, rules.maxNightsInARow ?? 0)) * 1440
        let (before, after) = (neighbours(in: spans, from: index, backTo: candidate.span.start - reach),
                               neighbours(in: spans, from: index, upTo: candidate.span.start + reach))
        // One list, made once: the planner asks this hundreds of thousands of times under `init`'s rules.
        var days: [WeekLimits.DutyDay] = []
        days.reserveCapacity(before.count + 1 + after.count)
        for span in before { days.append(WeekLimits.DutyDay(span)) }
        days.append(WeekLimits.DutyDay(candidate))
        for span in after { days.append(WeekLimits.DutyDay(span)) }
        return WeekLimits(rules: rules).refusals(on: floorDiv(candidate.span.start, 1440), isNight: candidate.isNight, days).first
    }

    /// Whether no one may stand both duties: they overlap, leave too little rest between them,
    /// or together exceed the daily limit on a calendar day.
    func excludeEachOther(_ a: BusySpan, _ b: BusySpan) -> Bool {
        let (first, second) = a.span.start <= b.span.start ? (a, b) : (b, a)
        if first.span.overlaps(second.span) || second.span.start - first.span.end < restRequired(after: first.isNight) { return true }
        let days = floorDiv(first.span.start, 1440)...floorDiv(max(second.span.start, second.span.end - 1), 1440)
        return days.contains { day in
            let date = LocalDate(dayNumber: day)
            return first.span.minutes(on: date) + second.span.minutes(on: date) > rules.maxDutyMinutesPerDay
        }
    }

    /// How many dates in a row, ending with `day` (a day number), the person has a duty on (a
    /// duty counts on the date it starts); 0 when none on `day`.
    func daysInARow(of person: Int, endingOn day: Int) -> Int {
        let spans = spansByPerson[person]
        let end = (day + 1) * 1440
        var index = insertionIndex(of: TimeSpan(start: end - 1, end: end - 1), in: spans)
        var expected = day
        while index > 0 {
            index -= 1
            let date = floorDiv(spans[index].span.start, 1440)
            if date == expected { expected -= 1 } else if date < expected { break }
        }
        return day - expected
    }

    /// Minutes of duty the person has on a calendar day.
    func minutes(of person: Int, on date: LocalDate) -> Int {
        let spans = spansByPerson[person]
        let dayEnd = (date.dayNumber + 1) * 1440
        let index = insertionIndex(of: TimeSpan(start: dayEnd, end: dayEnd), in: spans)
        return neighbours(in: spans, from: index, backTo: date.dayNumber * 1440 - 1440)
            .reduce(0) { $0 + $1.span.minutes(on: date) }
    }

    private func dailyLimitRefusal(for span: TimeSpan, near: ArraySlice<BusySpan>) -> PlacementRefusal? {
        let firstDay = floorDiv(span.start, 1440)
        let lastDay = floorDiv(max(span.start, span.end - 1), 1440)
        for day in firstDay...lastDay {
            let date = LocalDate(dayNumber: day)
            let total = near.reduce(span.minutes(on: date)) { $0 + $1.span.minutes(on: date) }
            if total > rules.maxDutyMinutesPerDay {
                return .dailyLimit(date: date, minutes: total, limit: rules.maxDutyMinutesPerDay)
            }
        }
        return nil
    }

    /// Duties before `index` that start after `limit`, earliest first (a view of `spans`, not a copy).
    private func neighbours(in spans: [BusySpan], from index: Int, backTo limit: Int) -> ArraySlice<BusySpan> {
        var first = index
        while first > 0, spans[first - 1].span.start > limit { first -= 1 }
        return spans[first..<index]
    }

    /// Duties from `index` on that start before `limit` (a view of `spans`, not a copy).
    private func neighbours(in spans: [BusySpan], from index: Int, upTo limit: Int) -> ArraySlice<BusySpan> {
        var last = index
        while last < spans.count, spans[last].span.start < limit { last += 1 }
        return spans[index..<last]
    }

    /// Where a span goes in a list sorted by start: after every duty that starts earlier or at the same minute.
    private func insertionIndex(of span: TimeSpan, in spans: [BusySpan]) -> Int {
        var low = 0
        var high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].span.start <= span.start { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// Integer division rounding towards minus infinity. Always inlined: every caller divides by
/// 1440 (minutes to days), which inlined is a multiplication, and called it was a division each
/// time (10 million of them in a district month's `rotate`).
@inline(__always)
func floorDiv(_ value: Int, _ divisor: Int) -> Int {
    value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
}
