import ZhibanModel

/// The form behind the sick-call key: a person cannot serve from a date (to a date), for a
/// reason. Applying it records the dates in their 不能值班, the reason in their note, and takes
/// them off every duty of those dates; the re-plan preview then proposes replacements.
enum SickCallForm {
    /// The fields, starting from the date shown (one day unless changed).
    static func fields(from first: LocalDate) -> [FormField] {
        [
            FormField(Localized("从", "From"), first.description, hint: Localized("4-8 或 2022-04-08", "4-8 or 2022-04-08")),
            FormField(Localized("到", "To"), first.description, hint: Localized("含这一天；空着：直到另行通知", "inclusive; empty: until further notice")),
            FormField(Localized("原因", "Reason"), "", hint: Localized("发烧、隔离…", "fever, quarantine…")),
        ]
    }

    /// The problems of the values, by field.
    static func problems(_ values: [String], near reference: LocalDate?) -> FormCheck.Problems {
        var problems: FormCheck.Problems = [:]
        let first = LocalDate(parsingShort: values[0], near: reference)
        if first == nil { problems[0] = Localized("写成 4-8 或 2022-04-08", "Write it as 4-8 or 2022-04-08") }
        if !values[1].isEmpty {
            if let last = LocalDate(parsingShort: values[1], near: first ?? reference) {
                if let first, last < first { problems[1] = Localized("不能早于开始日期", "Cannot be before the first date") }
            } else {
                problems[1] = Localized("写成 4-21 或 2022-04-21，或空着", "Write it as 4-21 or 2022-04-21, or leave it empty")
            }
        }
        if values[2].contains(where: \.isNewline) { problems[2] = Localized("只写一行", "One line only") }
        return problems
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
        init?(person: String, values: [String], near reference: LocalDate?) {
            guard let first = LocalDate(parsingShort: values[0], near: reference) else { return nil }
            let last = values[1].isEmpty ? nil : LocalDate(parsingShort: values[1], near: first)
            self.person = person
            self.first = first
            self.last = last
            limit = last == first ? .date(first) : .dates(first, through: last)
            reason = values[2]
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
