import ZhibanModel
import ZhibanPlanning

extension AppState {
    /// What may be recorded, for the roster and the served record as they are now, at the
    /// clock's minute: the rules `zhiban record` uses.
    var servedRules: ServedEntryRules {
        guard let now = clock?() else { return ServedEntryRules(roster, record: document.served, today: today) }
        return ServedEntryRules(roster, record: document.served, today: LocalDate(dayNumber: now / 1440), now: now)
    }

    /// A served key on the day board: refuses what cannot be recorded at once (read-only mode, a
    /// date to come, no person under the cursor), then records, or asks for what is missing (a
    /// reason, a substitute, the times, the note, whether to close the day).
    mutating func startRecording(_ action: ServedAction) -> [Effect] {
        guard refuseIfReadOnly() else { return [] }
        do throws(ServedEntryRefusal) {
            try servedRules.requirePast(date)
        } catch {
            say(error.message, .error)
            return []
        }
        if action == .closeDay { return askToCloseDay() }
        guard let place = placeUnderCursor else {
            sayNoPlace()
            return []
        }
        switch action {
        case .note:
            openForm(Form(HandoverNoteForm(slot: place.slot)))
            return []
        case .extra:
            openServedPickList(.extra, at: place)
            return []
        default:
            break
        }
        guard let person = roster.person(at: place.slot, place: place.place) else {
            say(Localized("这里没有人：把光标放在值班的人身上", "Nobody is here: put the cursor on the person on duty"), .error)
            return []
        }
        switch action {
        case .served: return recordServed { [try $0.event(on: place.slot, person: person, .served, recordedAt: "", recordedBy: "")] }
        case .absent: openForm(Form(AbsenceForm(slot: place.slot, person: person)))
        case .replaced: openServedPickList(.substitute(for: person), at: place)
        case .times: openForm(Form(ActualTimesForm(slot: place.slot, person: person, entry: document.served.entry(place.slot, person))))
        case .extra, .note, .closeDay: break
        }
        return []
    }

    /// The pick list for a substitute or an extra person, each candidate checked against the
    /// duties as they were served (an absent person is not on their duty any more).
    private mutating func openServedPickList(_ purpose: PickPurpose, at place: PlaceMark) {
        document.directory.prepareSearch()
        var list = PickList(slot: place.slot, place: place.place, roster: roster, directory: document.directory,
                            checkedAgainst: servedRules.rosterAsServed(around: place.slot.date))
        list.purpose = purpose
        mode = .pickList(list)
    }

    /// Asks before closing the date shown, saying what closing it confirms.
    private mutating func askToCloseDay() -> [Effect] {
        guard !document.served.closedDates.contains(date) else {
            say(Localized("\(date) 已经确认过了", "\(date) is closed already"))
            return []
        }
        do throws(ServedEntryRefusal) {
            try servedRules.requireEnded(date)
        } catch {
            say(error.message, .error)
            return []
        }
        let closing = servedRules.closing(date)
        mode = .confirm(.closeDay(date, text: Localized(
            "确认 \(date)：\(closing.duties) 个班 \(closing.people) 人次，没有记录的 \(closing.unrecorded) 人次按到岗计。y 确认，n 取消",
            "Close \(date): \(closing.duties) duties, \(closing.people) people; \(closing.unrecorded) with nothing recorded count as served. y: close, n: cancel")))
        return []
    }

    /// Closes a date once asked (确认当天).
    mutating func closeDay(_ date: LocalDate) -> [Effect] {
        recordServed { [try $0.close(date, recordedAt: "", recordedBy: "")] }
    }

    /// Checks entries by the rules `zhiban record` uses and asks the edge to append them (who
    /// entered them and when are filled in there); a refusal is said and nothing is written.
    mutating func recordServed(_ make: (ServedEntryRules) throws -> [ServedEvent]) -> [Effect] {
        do {
            return [.recordServed(try make(servedRules))]
        } catch let refusal as ServedEntryRefusal {
            say(refusal.message, .error)
        } catch {
            say(Localized("\(error)", "\(error)"), .error)
        }
        return []
    }

    /// The edge appended events (or could not): the record read again goes on the board, and the
    /// status line says what was recorded, with any rule the substitute or extra person breaks.
    mutating func servedRecorded(_ events: [ServedEvent], record: ServedRecord?, error: Localized?) {
        if let record { document.replaceServed(with: record) }
        if let error { return say(error, .error) }
        guard let event = events.first else { return }
        if event.kind == .close {
            return say(Localized("已确认 \(event.date)：没有记录的班按到岗计", "Closed \(event.date): duties with nothing recorded count as served"), .success)
        }
        let file = "served/\(event.month).csv"
        let by = event.recordedBy.isEmpty ? Localized("", "") : Localized("（记录人 \(event.recordedBy)）", " (entered by \(event.recordedBy))")
        let recorded = Localized("已记录：" + events.map(\.summary).joined(separator: "；") + " → " + file + by.zh,
                                 "Recorded: " + events.map(\.summary).joined(separator: "; ") + " → " + file + by.en)
        let warnings = events.flatMap(servedRules.ruleWarnings(for:))
        guard !warnings.isEmpty else { return say(recorded, .success) }
        say(Localized(recorded.zh + "。警告：" + warnings.map(\.zh).joined(separator: "；"),
                      recorded.en + ". Warning: " + warnings.map(\.en).joined(separator: "; ")), .error)
    }

    /// The served record was read (at start, after a reload), or could not be.
    mutating func servedLoaded(_ record: ServedRecord?, error: Localized?) {
        if let record { document.replaceServed(with: record) }
        if let error { say(Localized("值班实绩（served/）读不了：" + error.zh, "The served record (served/) cannot be read: " + error.en), .error) }
    }
}
