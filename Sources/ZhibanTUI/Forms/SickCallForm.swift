import ZhibanModel

/// The form behind the sick-call key: a person cannot serve from a date (to a date), for a
/// reason. Applying it records the dates in their 不能值班, the reason in their note, and takes
/// them off every duty of those dates; the re-plan preview then proposes replacements.
struct SickCallForm: FormModel {
    enum Field: FormFieldName {
        case from, to, reason

        var label: Localized {
            switch self {
            case .from: return Localized("从", "From")
            case .to: return Localized("到", "To")
            case .reason: return Localized("原因", "Reason")
            }
        }

        var hint: Localized {
            switch self {
            case .from: return Localized("4-8 或 2022-04-08", "4-8 or 2022-04-08")
            case .to: return Localized("含这一天；空着：直到另行通知", "inclusive; empty: until further notice")
            case .reason: return Localized("发烧、隔离…", "fever, quarantine…")
            }
        }
    }

    /// Who cannot serve.
    let person: String
    let opening: FormValues<Field>

    /// The form for `person`, starting from the date shown (one day unless changed).
    init(person: String, from first: LocalDate) {
        self.person = person
        opening = FormValues([.from: first.description, .to: first.description, .reason: ""])
    }

    var title: Localized {
        Localized("\(person) 不能值班：撤下这些天的班，再预览替班人选", "\(person) cannot serve: off those days' duties, then a preview of who stands in")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        let first = LocalDate(parsingShort: values[.from], near: reference)
        if first == nil { problems[.from] = Localized("写成 4-8 或 2022-04-08", "Write it as 4-8 or 2022-04-08") }
        if !values[.to].isEmpty {
            if let last = LocalDate(parsingShort: values[.to], near: first ?? reference) {
                if let first, last < first { problems[.to] = Localized("不能早于开始日期", "Cannot be before the first date") }
            } else {
                problems[.to] = Localized("写成 4-21 或 2022-04-21，或空着", "Write it as 4-21 or 2022-04-21, or leave it empty")
            }
        }
        if values[.reason].contains(where: \.isNewline) { problems[.reason] = Localized("只写一行", "One line only") }
        return problems
    }

    /// Enter takes the person off those days' duties and shows the stand-ins proposed.
    func submit(_ values: FormValues<Field>, near reference: LocalDate?, in app: inout AppState) -> [Effect] {
        if let call = Call(person: person, values: values, near: reference) { app.previewSickCall(call) }
        return []
    }

    /// What a checked form asks for: the dates ruled out, and the dates to re-plan.
    struct Call: Sendable {
        /// Who cannot serve.
        let person: String
        /// When, as recorded in their 不能值班.
        let limit: Unavailability
        /// The first date.
        let first: LocalDate
        /// The last date, nil for "until further notice".
        let last: LocalDate?
        /// Why, possibly empty.
        let reason: String

        /// Reads checked values.
        init?(person: String, values: FormValues<Field>, near reference: LocalDate?) {
            guard let first = LocalDate(parsingShort: values[.from], near: reference) else { return nil }
            let last = values[.to].isEmpty ? nil : LocalDate(parsingShort: values[.to], near: first)
            self.person = person
            self.first = first
            self.last = last
            limit = last == first ? .date(first) : .dates(first, through: last)
            reason = values[.reason]
        }

        /// The roster with the dates in the person's 不能值班, the reason in their note, and the
        /// person off every duty of those dates; and the slots they came off.
        func apply(to roster: Roster) -> (roster: Roster, vacated: Set<Slot>) {
            var edited = roster
            if let position = edited.volunteers.firstIndex(where: { $0.name == person }) {
                if !edited.volunteers[position].unavailable.contains(limit) { edited.volunteers[position].unavailable.append(limit) }
                if !reason.isEmpty {
                    let entry = "\(limit) \(reason)"
                    let note = edited.volunteers[position].note
                    edited.volunteers[position].note = note.isEmpty ? entry : note + "；" + entry
                }
            }
            var vacated: Set<Slot> = []
            for index in edited.duties.indices where limit.covers(edited.duties[index].date) && edited.duties[index].people.contains(person) {
                edited.duties[index].people.removeAll { $0 == person }
                edited.duties[index].pinnedPeople.removeAll { $0 == person }
                vacated.insert(edited.duties[index].slot)
            }
            edited.duties.removeAll { $0.people.isEmpty && $0.note.isEmpty }
            return (edited, vacated)
        }

        /// The words for the history: `王伟 不能值班 2022-04-08~2022-04-21（发烧）`.
        var label: Localized {
            let why = reason.isEmpty ? Localized("", "") : Localized("（\(reason)）", " (\(reason))")
            let when = Localized(limit.description, last == nil ? "from \(first) on" : limit.description)
            return Localized("\(person) 不能值班 \(when.zh)\(why.zh)", "\(person) cannot serve \(when.en)\(why.en)")
        }
    }
}
