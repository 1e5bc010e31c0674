import ZhibanModel
import ZhibanPlanning

/// The form behind 迟到/早退 on the day board: when the person actually came and left (either
/// may stay empty: on time), opening with the times already recorded.
struct ActualTimesForm: FormModel {
    enum Field: FormFieldName {
        case arrived, left

        var label: Localized {
            switch self {
            case .arrived: return Localized("到岗", "Arrived")
            case .left: return Localized("离岗", "Left")
            }
        }

        var hint: Localized {
            switch self {
            case .arrived: return Localized("迟到时写 9:30；准时就空着", "9:30 if late; empty if on time")
            case .left: return Localized("早退时写 15:00；准时就空着", "15:00 if early; empty if on time")
            }
        }
    }

    /// The duty.
    let slot: Slot
    /// Whose times.
    let person: String
    let opening: FormValues<Field>

    /// The form for `person` on `slot`, with the times recorded so far.
    init(slot: Slot, person: String, entry: ServedRecord.Entry?) {
        self.slot = slot
        self.person = person
        opening = FormValues([.arrived: entry?.arrived?.description ?? "", .left: entry?.left?.description ?? ""])
    }

    var title: Localized {
        Localized("迟到/早退：\(person)，\(slot)", "Late or early: \(person), \(slot)")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        let span = roster.shift(named: slot.shift)?.span(on: slot.date)
        for field in Field.allCases where !values[field].trimmingWhitespace().isEmpty {
            guard let time = ClockTime(parsing: values[field].trimmingWhitespace()) else {
                problems[field] = Localized("写成 HH:MM，如 9:30", "Write it as HH:MM, e.g. 9:30")
                continue
            }
            if let span, !ServedTally.isWithin(span, time) {
                problems[field] = Localized("不在 \(slot.shift) 之内", "Outside \(slot.shift)")
            }
        }
        if Field.allCases.allSatisfy({ values[$0].trimmingWhitespace().isEmpty }) {
            problems[.arrived] = Localized("写一个时间：到岗或离岗", "Give a time: arrived or left")
        }
        return problems
    }

    func submit(_ values: FormValues<Field>, near reference: LocalDate?, in app: inout AppState) -> [Effect] {
        let times: [ServedReport] = [
            ClockTime(parsing: values[.arrived].trimmingWhitespace()).map(ServedReport.arrived),
            ClockTime(parsing: values[.left].trimmingWhitespace()).map(ServedReport.left),
        ].compactMap { $0 }
        return app.recordServed { rules in
            try times.map { try rules.event(on: slot, person: person, $0, recordedAt: "", recordedBy: "") }
        }
    }
}
