import ZhibanModel

/// What was actually served over a date range, from the plan (duties.csv) and the served record:
/// per person duties, hours and nights served, absences, substitutions, extras, and — counted
/// apart, never as served — planned duties on days not yet closed with nothing recorded.
///
/// Only dates up to `today` count: a duty that has not happened was neither served nor missed.
///
/// ```swift
/// let tally = ServedTally(roster, record: record, from: april1, to: april30, today: today)
/// tally.people.map(\.minutes)     // minutes served
/// tally.unconfirmedDates          // days still to close
/// ```
public struct ServedTally: Hashable, Sendable {
    /// The dates counted (nil when nothing before `today` falls in the range).
    public let dates: ClosedRange<LocalDate>?
    /// Every volunteer in file order, then names met only in the record (sorted).
    public let people: [ServedPerson]
    /// Dates in the range with planned duties, not closed.
    public let unconfirmedDates: [LocalDate]
    /// Records that could not be counted (a shift the roster does not have), as `file:line: message`.
    public let problems: [Diagnostic]

    /// Tallies `from`…`to` (defaults: the first duty or record, and `today`), never past `today`.
    public init(_ roster: Roster, record: ServedRecord, from: LocalDate? = nil, to: LocalDate? = nil, today: LocalDate) {
        let recordDates = record.entries.keys.map(\.date)
        let first = from ?? ([roster.dutyDateRange?.lowerBound].compactMap { $0 } + recordDates).min()
        let last = min(to ?? today, today)
        guard let first, first <= last else {
            self.init(dates: nil, people: ServedTally.emptyRows(roster), unconfirmed: [], problems: [])
            return
        }
        var counter = Counter(roster: roster)
        let range = first...last
        // Each duty once (a slot is hashed once: names hash slowly), then the slots met only in the record.
        var recordOnly = Set(record.entries.keys.filter { range.contains($0.date) })
        // Closed dates by day of the range (a `Set` would hash every duty's date).
        var closedDays = Array(repeating: false, count: first.distance(to: last) + 1)
        for date in record.closedDates where range.contains(date) { closedDays[first.distance(to: date)] = true }
        var unconfirmed: Set<LocalDate> = []
        var problems: [Diagnostic] = []
        func count(_ slot: Slot, people: [String], entries: [String: ServedRecord.Entry]) {
            guard let shift = counter.shifts[slot.shift] else {
                for entry in entries.values.compactMap(\.outcome) {
                    problems.append(Diagnostic(Localized("班次“\(slot.shift)”不在值班表里，这条记录没有计入",
                                                          "shift “\(slot.shift)” is not in the roster; this record was not counted"), at: entry.location))
                }
                return
            }
            let closed = closedDays[first.distance(to: slot.date)]
            if !closed && !people.isEmpty && (entries.isEmpty || people.contains(where: { entries[$0] == nil })) {
                unconfirmed.insert(slot.date)
            }
            var names = people
            if !entries.isEmpty {
                // A substitute is counted through the person they stood in for, not a second time.
                let substitutes = Set(people.compactMap { entries[$0]?.outcome.flatMap { $0.kind == .replaced ? $0.substitute : nil } })
                for name in entries.keys.sorted() where !names.contains(name)
                    && !(substitutes.contains(name) && entries[name]?.outcome == nil) {
                    names.append(name)
                }
            }
            for (position, name) in names.enumerated() {  // the planned people first, then names only the record has
                counter.count(name, on: slot, shift: shift, planned: position < people.count, closed: closed, entries: entries)
            }
        }
        for duty in roster.duties where range.contains(duty.date) {
            let slot = duty.slot
            var entries: [String: ServedRecord.Entry] = [:]
            if !recordOnly.isEmpty, let found = record.entries[slot] {
                entries = found
                recordOnly.remove(slot)
            }
            count(slot, people: duty.distinctPeople, entries: entries)
        }
        for slot in recordOnly.sorted() { count(slot, people: [], entries: record.entries[slot] ?? [:]) }
        self.init(dates: range, people: counter.rows(), unconfirmed: unconfirmed.sorted(), problems: problems.sorted())
    }

    private init(dates: ClosedRange<LocalDate>?, people: [ServedPerson], unconfirmed: [LocalDate], problems: [Diagnostic]) {
        self.dates = dates
        self.people = people
        unconfirmedDates = unconfirmed
        self.problems = problems
    }

    /// The rows summed by team or by unit, in the order first met (an empty key last).
    public func grouped(by key: (ServedPerson) -> String) -> [ServedPerson] {
        var rowOf = NameTable<Int>()  // a `String` key would normalise each of a district's names
        var sums: [ServedPerson] = []
        for person in people {
            let name = key(person)
            let (row, new) = rowOf.insert(sums.count, for: name)
            if new { sums.append(ServedPerson(name: name, team: "", unit: "")) }
            sums[row].add(person)
        }
        return sums.filter { !$0.name.isEmpty } + sums.filter(\.name.isEmpty)
    }

    /// Every row added together.
    public var total: ServedPerson {
        people.reduce(into: ServedPerson(name: "合计", team: "", unit: "")) { $0.add($1) }
    }

    /// How far back the planner looks at what was served: four weeks.
    public static let balanceDays = 28

    /// Minutes served minus minutes planned, per person, over the known outcomes of the
    /// `balanceDays` before `date` (and up to `today`): what `PlanRequest.servedBalance` wants.
    public static func balance(_ roster: Roster, record: ServedRecord, before date: LocalDate, today: LocalDate) -> [String: Int] {
        let tally = ServedTally(roster, record: record, from: date.adding(days: -balanceDays), to: date.adding(days: -1), today: today)
        return Dictionary(tally.people.filter { $0.balanceMinutes != 0 }.map { ($0.name, $0.balanceMinutes) },
                          uniquingKeysWith: { first, _ in first })
    }

    private static func emptyRows(_ roster: Roster) -> [ServedPerson] {
        Counter(roster: roster).rows()
    }
}

/// The running figures while tallying.
private struct Counter {
    /// Name tables, the shifts and the rows: a look-up per person of every duty of the month.
    let shifts: NameTable<Shift>
    var rowByName = NameTable<Int>()
    var people: [ServedPerson] = []
    let known: Int

    init(roster: Roster) {
        shifts = NameTable(roster.shiftsByName)
        for volunteer in roster.volunteers where rowByName.insert(people.count, for: volunteer.name).inserted {
            people.append(ServedPerson(name: volunteer.name, team: volunteer.team, unit: volunteer.unit))
        }
        known = people.count
    }

    /// The rows: volunteers in file order, then other names sorted.
    func rows() -> [ServedPerson] { Array(people[..<known]) + people[known...].sorted { $0.name < $1.name } }

    mutating func row(_ name: String) -> Int {
        let (row, new) = rowByName.insert(people.count, for: name)
        if new { people.append(ServedPerson(name: name, team: "", unit: "")) }
        return row
    }

    /// Counts one person on one duty.
    mutating func count(_ name: String, on slot: Slot, shift: Shift, planned: Bool, closed: Bool, entries: [String: ServedRecord.Entry]) {
        let entry = entries.isEmpty ? nil : entries[name]  // most duties have nothing recorded
        let span = shift.span(on: slot.date)
        let plannedMinutes = planned ? span.minutes : 0
        let person = row(name)
        switch entry?.outcome?.kind {
        case .absent?:
            people[person].absences += 1
            people[person].balanceMinutes -= plannedMinutes
        case .replaced?:
            people[person].substitutionsReceived += 1
            people[person].balanceMinutes -= plannedMinutes
            let substitute = row(entry!.outcome!.substitute)
            people[substitute].substitutionsMade += 1
            serve(substitute, span: span, entry: entries[entry!.outcome!.substitute], shift: shift, plannedMinutes: 0)
        case .extra?:
            people[person].extras += 1
            serve(person, span: span, entry: entry, shift: shift, plannedMinutes: plannedMinutes)
        case .served?:
            serve(person, span: span, entry: entry, shift: shift, plannedMinutes: plannedMinutes)
        case nil where closed || entry?.arrived != nil || entry?.left != nil:
            serve(person, span: span, entry: entry, shift: shift, plannedMinutes: plannedMinutes)
        case nil:
            people[person].unconfirmedDuties += 1
            people[person].unconfirmedMinutes += span.minutes
        case .arrived?, .left?, .note?, .close?:
            break
        }
    }

    private mutating func serve(_ person: Int, span: TimeSpan, entry: ServedRecord.Entry?, shift: Shift, plannedMinutes: Int) {
        let minutes = ServedTally.minutesServed(span, arrived: entry?.arrived, left: entry?.left)
        people[person].duties += 1
        people[person].minutes += minutes
        if shift.isNight { people[person].nights += 1 }
        people[person].balanceMinutes += minutes - plannedMinutes
    }
}

extension ServedTally {
    /// The minutes of `span` actually stood, from `arrived` (if late) to `left` (if early). A
    /// time before the span's start is read as the next day (a night shift past midnight).
    public static func minutesServed(_ span: TimeSpan, arrived: ClockTime?, left: ClockTime?) -> Int {
        func instant(_ time: ClockTime) -> Int {
            let sameDay = (span.start / 1440) * 1440 + time.minutes
            return sameDay < span.start ? sameDay + 1440 : sameDay
        }
        let start = arrived.map { min(max(instant($0), span.start), span.end) } ?? span.start
        let end = left.map { min(max(instant($0), span.start), span.end) } ?? span.end
        return max(0, end - start)
    }

    /// Whether `time` falls within the span (its start excluded for neither): what 迟到 and 早退 accept.
    public static func isWithin(_ span: TimeSpan, _ time: ClockTime) -> Bool {
        let sameDay = (span.start / 1440) * 1440 + time.minutes
        let instant = sameDay < span.start ? sameDay + 1440 : sameDay
        return instant >= span.start && instant <= span.end
    }
}
