import ZhibanModel

/// What may be entered in the served record, and the event it becomes: one set of rules for
/// `zhiban record` / `zhiban close` and the interface's day board, so both refuse the same things
/// with the same words.
///
/// Only duties up to `today` can be recorded, and a day is closed only once its shifts have
/// ended (when the minute `now` is known); a person must be planned on the duty (or have
/// stood there as a substitute or extra, for times); an extra person must not be planned; a
/// substitute must be someone else. Rules of the plan (rest, two places at once …) never
/// refuse an entry — what happened is recorded — but `ruleWarnings(for:)` names them.
///
/// ```swift
/// let rules = ServedEntryRules(roster, record: record, today: today)
/// let event = try rules.event(on: slot, person: "王伟", .replaced(by: "李娜"), reason: "发烧",
///                             recordedAt: now, recordedBy: "王书记")
/// rules.ruleWarnings(for: event)   // 李娜 替 王伟（…）违反 休息不足 …
/// ```
public struct ServedEntryRules: Sendable {
    /// The roster (the plan).
    public let roster: Roster
    /// The served record so far.
    public let record: ServedRecord
    /// Today, in the roster's zone.
    public let today: LocalDate
    /// The minute now in the roster's zone, counted as `TimeSpan` counts, when known: a day is
    /// closed only once its shifts have ended.
    public let now: Int?

    /// Prepares the rules for a roster and its record; `now` (a minute, as `TimeSpan` counts)
    /// makes closing a day wait for the end of its last shift.
    public init(_ roster: Roster, record: ServedRecord, today: LocalDate, now: Int? = nil) {
        self.roster = roster
        self.record = record
        self.today = today
        self.now = now
    }

    /// Refuses a date after today: what has not happened cannot be recorded.
    public func requirePast(_ date: LocalDate) throws(ServedEntryRefusal) {
        guard date <= today else {
            throw ServedEntryRefusal("\(date) 还没到（今天是 \(today)）：只能记录今天或以前的班",
                                     "\(date) has not come yet (today is \(today)): only duties on or before today can be recorded")
        }
    }

    /// Who stands on a duty as far as the record goes: the planned people, and the substitutes
    /// and extras recorded who were not planned (whose times may be recorded too).
    public func standing(on slot: Slot) -> (planned: [String], added: [String]) {
        let planned = roster.duties.first { $0.slot == slot }?.people ?? []
        let outcomes = (record.entries[slot] ?? [:]).values.compactMap(\.outcome)
        let added = outcomes.filter { $0.kind == .replaced }.map(\.substitute) + outcomes.filter { $0.kind == .extra }.map(\.person)
        return (planned, added.filter { !planned.contains($0) }.sorted())
    }

    /// The event saying what happened to `person` on `slot`, checked against the plan.
    public func event(on slot: Slot, person: String, _ report: ServedReport, reason: String = "",
                      recordedAt: String, recordedBy: String) throws(ServedEntryRefusal) -> ServedEvent {
        try requirePast(slot.date)
        guard roster.volunteer(named: person) != nil else {
            throw ServedEntryRefusal("“\(person)”不在 volunteers.csv 里", "“\(person)” is not in volunteers.csv")
        }
        let (planned, added) = standing(on: slot)
        var event = ServedEvent(recordedAt: recordedAt, recordedBy: recordedBy, date: slot.date, shift: slot.shift,
                                checkpoint: slot.checkpoint, person: person, kind: report.kind, text: reason.trimmingWhitespace())
        if report == .extra {
            guard !planned.contains(person) else {
                throw ServedEntryRefusal("\(person) 本来就排在 \(slot) 上，用 到岗", "\(person) is planned on \(slot): record them as served")
            }
            return event
        }
        let timesOnly = report.kind == .arrived || report.kind == .left
        guard planned.contains(person) || (timesOnly && added.contains(person)) else {
            let onDuty = planned.joined(separator: "、")
            throw ServedEntryRefusal("\(person) 没有排在 \(slot) 上（排的是：\(planned.isEmpty ? "没有人" : onDuty)）；计划外顶班记为加班",
                                     "\(person) is not planned on \(slot) (planned: \(planned.isEmpty ? "nobody" : onDuty)); record them as extra")
        }
        switch report {
        case .replaced(let substitute):
            guard roster.volunteer(named: substitute) != nil else {
                throw ServedEntryRefusal("替班人“\(substitute)”不在 volunteers.csv 里", "The substitute “\(substitute)” is not in volunteers.csv")
            }
            guard substitute != person, !planned.contains(substitute) else {
                throw ServedEntryRefusal("\(substitute) 已经排在 \(slot) 上，不能替 \(person)",
                                         "\(substitute) is already on \(slot) and cannot stand in for \(person)")
            }
            event.substitute = substitute
        case .arrived(let time), .left(let time):
            guard let shift = roster.shift(named: slot.shift) else {
                throw ServedEntryRefusal("没有班次“\(slot.shift)”", "No shift “\(slot.shift)”")
            }
            guard ServedTally.isWithin(shift.span(on: slot.date), time) else {
                throw ServedEntryRefusal("\(time) 不在 \(slot.shift) \(shift.hoursText) 之内", "\(time) is outside \(slot.shift) \(shift.hoursText)")
            }
            event.time = time
        case .served, .absent, .extra:
            break
        }
        return event
    }

    /// A handover note (交接班记录) left at the slot's checkpoint after its shift.
    public func note(on slot: Slot, _ text: String, recordedAt: String, recordedBy: String) throws(ServedEntryRefusal) -> ServedEvent {
        try requirePast(slot.date)
        let text = text.trimmingWhitespace()
        guard !text.isEmpty else { throw ServedEntryRefusal("交接班记录不能为空", "The note is empty") }
        return ServedEvent(recordedAt: recordedAt, recordedBy: recordedBy, date: slot.date, shift: slot.shift,
                           checkpoint: slot.checkpoint, kind: .note, text: text)
    }

    /// What closing `date` (确认当天) would confirm: its duties, the people on them, and how
    /// many of those have nothing recorded and would count as served as planned.
    public func closing(_ date: LocalDate) -> (duties: Int, people: Int, unrecorded: Int) {
        let duties = roster.duties(on: date)
        let people = duties.reduce(0) { $0 + $1.people.count }
        let unrecorded = duties.reduce(0) { sum, duty in sum + duty.people.filter { record.entry(duty.slot, $0) == nil }.count }
        return (duties.count, people, unrecorded)
    }

    /// Refuses to close `date` while one of its duties' shifts has not ended by `now`: closing
    /// counts everyone not recorded as served, which a shift still to come or under way has not
    /// been yet. Nothing is refused when `now` is unknown.
    public func requireEnded(_ date: LocalDate) throws(ServedEntryRefusal) {
        guard let now else { return }
        var running: [(shift: Shift, end: Int)] = []
        for name in Set(roster.duties(on: date).map(\.slot.shift)).sorted() {
            guard let shift = roster.shift(named: name) else { continue }
            let end = shift.span(on: date).end
            if end > now { running.append((shift, end)) }
        }
        guard !running.isEmpty else { return }
        let shifts = running.sorted { $0.end < $1.end }.map { "\($0.shift.name)（\($0.shift.hoursText)）" }
        let shiftsEn = running.sorted { $0.end < $1.end }.map { "\($0.shift.name) (\($0.shift.hoursText))" }
        throw ServedEntryRefusal("\(date) 还有班没结束：\(shifts.joined(separator: "、"))；结束以后才能确认当天（已到岗的可以先逐个记到岗）",
                                 "\(date) has shifts not ended yet: \(shiftsEn.joined(separator: ", ")); close the day once they have (those who came can be recorded as served now)")
    }

    /// The event closing `date`; refuses a date to come, and one whose shifts have not ended.
    public func close(_ date: LocalDate, recordedAt: String, recordedBy: String) throws(ServedEntryRefusal) -> ServedEvent {
        try requirePast(date)
        try requireEnded(date)
        return ServedEvent(recordedAt: recordedAt, recordedBy: recordedBy, date: date, kind: .close)
    }

    /// The rules of the plan the person who stood breaks, for a 替班 (the substitute) or a 加班
    /// (the extra person): on another duty at the same time, too little rest, a day too long,
    /// unavailable that day, not a keeper of the checkpoint. Checked against the duties as they
    /// were served around the date (substitutions and absences recorded there count). Empty for
    /// other events, and when nothing is broken.
    public func ruleWarnings(for event: ServedEvent) -> [Localized] {
        let (stood, words): (String, Localized)
        switch event.kind {
        case .replaced: (stood, words) = (event.substitute, Localized("\(event.substitute) 替 \(event.person)", "\(event.substitute) standing in for \(event.person)"))
        case .extra: (stood, words) = (event.person, Localized("\(event.person) 加班", "\(event.person) standing extra"))
        default: return []
        }
        guard let volunteer = roster.volunteer(named: stood) else { return [] }
        return CandidateCheck(roster: rosterAsServed(around: event.date), slot: event.slot).broken(placing: volunteer).map { broken in
            let detail = broken.detail == broken.rule ? Localized("", "") : Localized("：\(broken.detail.zh)", ": \(broken.detail.en)")
            return Localized("\(words.zh)（\(event.slot)）违反 \(broken.rule.zh)\(detail.zh)",
                             "\(words.en) (\(event.slot)) breaks \(broken.rule.en)\(detail.en)")
        }
    }

    /// The roster with the duties as far either side of `date` as the rules reach as they were
    /// served: the person replaced gives way to the substitute, the absent are left out, the
    /// extras are added. What a substitute or an extra person is checked against, in the pick
    /// list and in `ruleWarnings(for:)`.
    public func rosterAsServed(around date: LocalDate) -> Roster {
        var served = roster
        if !served.dutiesAreSorted { served.sortDuties() }
        let reach = roster.settings.rules.reachInDays
        for day in (-reach...reach).map({ date.adding(days: $0) }) {
            for duty in served.dutiesOn(day) {
                guard let entries = record.entries[duty.slot] else { continue }
                var changed = duty
                changed.people = duty.people.compactMap { person in
                    switch entries[person]?.outcome?.kind {
                    case .absent?: return nil
                    case .replaced?: return entries[person]?.outcome?.substitute
                    default: return person
                    }
                }
                changed.people += entries.filter { $0.value.outcome?.kind == .extra }.keys.sorted().filter { !changed.people.contains($0) }
                served.setDuty(changed, at: duty.slot)
            }
        }
        return served
    }
}
