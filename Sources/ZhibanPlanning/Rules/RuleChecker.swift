import ZhibanModel

/// Checks a roster's duties against the hard rules and returns every violation, each naming
/// its slot, the people, the rule, and the duty's file and line.
///
/// Per-person rules (two places at once, rest, hours per day) sort each person's duties once,
/// so a district month of 90,000 person-shifts is checked in a fraction of a second.
///
/// ```swift
/// for violation in RuleChecker(roster).violations() where violation.isBreak {
///     print(violation)   // duties.csv:12: 2022-04-09 夜班 南门：王伟 不能值 周六
/// }
/// ```
public struct RuleChecker: Sendable {
    private let index: RosterIndex

    /// Prepares a check of this roster, with the rules in `roster.settings.rules`.
    public init(_ roster: Roster) {
        index = RosterIndex(roster)
    }

    /// Prepares a check over look-ups already built (`Planner.ruleChecker`).
    init(index: RosterIndex) {
        self.index = index
    }

    /// Every violation, in report order (slot, rule, people). Places left empty come as
    /// `.understaffed` (not a break: see `RuleViolation.isBreak`).
    public func violations() -> [RuleViolation] {
        var found: [RuleViolation] = []
        // Every person's duties as one list, grouped by person below (`PersonRuns`).
        var busy = PersonRuns<BusySpan>(people: index.roster.volunteers.count, expected: index.roster.duties.count * 2)
        var locations: [SourceLocation?] = []  // by slot number: the first duty's that has one
        var slots = SlotTable()
        var scratch = DutyScratch()
        for duty in index.roster.duties {
            let shift = index.shiftsByName[duty.shift]
            dutyViolations(duty, shift: shift, scratch: &scratch, into: &found)
            guard let shift else { continue }
            let number = slots.number(for: duty.slot)
            if number == locations.count { locations.append(duty.location) } else if locations[number] == nil { locations[number] = duty.location }
            let span = BusySpan(span: shift.span(on: duty.date), isNight: shift.isNight, slot: number)
            for person in scratch.known { busy.append(span, of: person) }
        }
        let spans = busy.grouped { ($0.span, slots[$0.slot]) < ($1.span, slots[$1.slot]) }
        var days: [(day: Int, minutes: Int)] = []
        for person in index.roster.volunteers.indices where !spans[person].isEmpty {
            spans[person].withUnsafeBufferPointer {
                timeViolations(of: index.roster.volunteers[person].name, $0, slots: slots, locations: locations, days: &days, into: &found)
            }
        }
        return found.sorted(by: RuleViolation.reportOrder)
    }

    /// Lists reused from one duty to the next: the names met on the duty so far, and the
    /// numbers of its known people, each once.
    private struct DutyScratch {
        var seen: [String] = []
        var known: [Int] = []
    }

    /// Adds to `found` the rules one duty breaks on its own (names, head count, requirements,
    /// availability, teams), and leaves in `scratch.known` the numbers of the known people on
    /// it, each once. Reads the checkpoint and the people where they are kept, without copying
    /// them (each copy retains every list and name they hold).
    private func dutyViolations(_ duty: Duty, shift: Shift?, scratch: inout DutyScratch, into found: inout [RuleViolation]) {
        func report(_ kind: RuleViolation.Kind, _ people: [String], _ zh: String, _ en: String) {
            found.append(RuleViolation(kind: kind, slot: duty.slot, people: people, detail: Localized(zh, en), location: duty.location))
        }
        scratch.seen.removeAll(keepingCapacity: true)
        scratch.known.removeAll(keepingCapacity: true)
        guard let place = index.checkpointIndexByName[duty.checkpoint] else {
            report(.unknownCheckpoint, [], "没有叫 \(duty.checkpoint) 的卡口", "no checkpoint is called \(duty.checkpoint)")
            // Their time rules are still checked.
            for name in duty.distinctPeople { if let person = index.personByName[name] { scratch.known.append(person) } }
            return
        }
        let checkpoints = index.roster.checkpoints
        let volunteers = index.roster.volunteers
        if shift == nil {
            report(.unknownShift, [], "没有叫 \(duty.shift) 的班次", "no shift is called \(duty.shift)")
        } else if !checkpoints[place].shifts.contains(duty.shift) {
            report(.unknownShift, [], "\(checkpoints[place].name) 不设 \(duty.shift)", "\(checkpoints[place].name) has no \(duty.shift)")
        }
        let needed = checkpoints[place].peoplePerShift
        if duty.people.count < needed {
            report(.understaffed, [], "需要 \(needed) 人，只排了 \(duty.people.count) 人", "needs \(needed), has \(duty.people.count)")
        } else if duty.people.count > needed {
            report(.overstaffed, [], "只需 \(needed) 人，排了 \(duty.people.count) 人", "needs only \(needed), has \(duty.people.count)")
        }
        for name in duty.people {
            if scratch.seen.contains(where: { NameKey.same($0, name) }) {
                report(.doubleBooked, [name], "\(name) 在本班出现两次", "\(name) is on this shift twice")
                continue
            }
            scratch.seen.append(name)
            guard let person = index.personByName[name] else {
                report(.unknownPerson, [name], "没有叫 \(name) 的志愿者", "no volunteer is called \(name)")
                continue
            }
            scratch.known.append(person)
            if let shift, !volunteers[person].unavailable.isEmpty, let limit = volunteers[person].unavailability(on: duty.date, shift: shift) {
                let refusal = PlacementRefusal.unavailable(limit).text
                report(.unavailable, [name], "\(name) \(refusal.zh)", "\(name) \(refusal.en)")
            }
            if !checkpoints[place].accepts(team: volunteers[person].team) {
                let team = volunteers[person].team
                report(.notKeeper, [name], "\(name)（\(team.isEmpty ? "无队伍" : team)）不是 \(checkpoints[place].name) 的值守队伍或后备队伍",
                       "\(name) (\(team.isEmpty ? "no team" : team)) belongs to neither a team keeping \(checkpoints[place].name) nor its reserve")
            }
        }
        let open = max(0, needed - scratch.seen.count)
        for requirement in checkpoints[place].requirements {
            let meeting = scratch.known.count(where: { index.person($0, meets: requirement) })
            if requirement.count - meeting > open {
                let wanted = requirement.holders(requirement.count)
                report(.requirement, [], "至少需要 \(wanted.zh)，只有 \(meeting) 名", "needs at least \(wanted.en), has \(meeting)")
            }
        }
    }

    /// Two places at once, rest, hours per day and the limits over several days for one person,
    /// given their duties sorted by start.
    private func timeViolations(of name: String, _ spans: UnsafeBufferPointer<BusySpan>, slots: SlotTable,
                                locations: [SourceLocation?], days: inout [(day: Int, minutes: Int)],
                                into found: inout [RuleViolation]) {
        func report(_ kind: RuleViolation.Kind, _ number: Int, _ refusal: PlacementRefusal) {
            let slot = slots[number]
            let text = refusal.text
            let detail = Localized("\(name) \(text.zh)", "\(name) \(text.en)")
            found.append(RuleViolation(kind: kind, slot: slot, people: [name], detail: detail, location: locations[number]))
        }
        let rules = index.roster.settings.rules
        // Every earlier duty that could clash with or come too close to this one (a shift lasts at
        // most a day), so a clash never hides a rest problem behind it.
        let reach = 1440 + max(rules.minRestMinutes, rules.minRestAfterNightMinutes)
        for (position, current) in spans.enumerated() {
            var earlier = position - 1
            while earlier >= 0, spans[earlier].span.start > current.span.start - reach {
                let other = spans[earlier]
                earlier -= 1
                if other.slot == current.slot { continue }  // the same shift listed twice is reported per duty
                // A rule between two duties is reported on both, so each side shows it whatever
                // the order of the duties in the files.
                if current.span.overlaps(other.span) {
                    report(.doubleBooked, current.slot, .busy(at: slots[other.slot]))
                    report(.doubleBooked, other.slot, .busy(at: slots[current.slot]))
                    continue
                }
                let gap = current.span.start - other.span.end
                let required = other.isNight ? rules.minRestAfterNightMinutes : rules.minRestMinutes
                if gap < required {
                    report(.rest, current.slot, .rest(other: slots[other.slot], otherIsBefore: true, minutes: gap, required: required))
                    report(.rest, other.slot, .rest(other: slots[current.slot], otherIsBefore: false, minutes: gap, required: required))
                }
            }
        }
        // Minutes per calendar day (in `days`, reused from one person to the next); spans are
        // sorted, so the days come in order.
        days.removeAll(keepingCapacity: true)
        for busy in spans {
            let first = floorDiv(busy.span.start, 1440)
            let last = floorDiv(max(busy.span.start, busy.span.end - 1), 1440)
            for day in first...last {
                let minutes = busy.span.minutes(on: LocalDate(dayNumber: day))
                guard minutes > 0 else { continue }
                if let position = days.lastIndex(where: { $0.day == day }) { days[position].minutes += minutes } else { days.append((day, minutes)) }
            }
        }
        // Every duty that makes the day too long shows it, not only the last one: each duty
        // on the day once, in the order of the sorted spans.
        for day in days where day.minutes > rules.maxDutyMinutesPerDay {
            let refusal = PlacementRefusal.dailyLimit(date: LocalDate(dayNumber: day.day), minutes: day.minutes,
                                                      limit: rules.maxDutyMinutesPerDay)
            var reported: [Int] = []
            for busy in spans where busy.span.minutes(on: LocalDate(dayNumber: day.day)) > 0 && !reported.contains(busy.slot) {
                reported.append(busy.slot)
                report(.dailyHours, busy.slot, refusal)
            }
        }
        if rules.hasWeekLimits { weekLimitViolations(spans).forEach { report($0.refusal.rule, $0.slot, $0.refusal) } }
    }

    /// The limits over several days, judged on each date with a duty (on its last duty), looking
    /// at the run and the 7 dates that end there, so each break is reported where it happens.
    private func weekLimitViolations(_ spans: UnsafeBufferPointer<BusySpan>) -> [(slot: Int, refusal: PlacementRefusal)] {
        let limits = WeekLimits(rules: index.roster.settings.rules)
        let days = spans.map(WeekLimits.DutyDay.init)
        var found: [(slot: Int, refusal: PlacementRefusal)] = []
        for (position, duty) in days.enumerated() where position == days.count - 1 || days[position + 1].day != duty.day {
            let night = days.contains { $0.day == duty.day && $0.isNight }
            found += limits.refusals(on: duty.day, isNight: night, days, endingOnly: true).map { (spans[position].slot, $0) }
        }
        return found
    }
}
