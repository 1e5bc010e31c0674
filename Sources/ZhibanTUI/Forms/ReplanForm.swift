import ZhibanModel

/// The form that starts a re-plan: the first and last date, and optionally one checkpoint.
enum ReplanForm {
    /// The longest range re-planned at once.
    static let maximumDays = 366

    /// The fields, starting from the date shown.
    static func fields(from first: LocalDate, to last: LocalDate, checkpoint: String?) -> [FormField] {
        [
            FormField(Localized("从", "From"), first.description, hint: Localized("2022-04-07、4-7、+1、今天", "2022-04-07, 4-7, +1, today")),
            FormField(Localized("到", "To"), last.description, hint: Localized("含这一天", "inclusive")),
            FormField(Localized("卡口", "Post"), checkpoint ?? "", hint: Localized("空着：全部卡口", "empty: every post")),
            FormField(Localized("从头重排", "Start fresh"), "否",
                      hint: Localized("是：已排的也重新排（固定的不动），同 --fresh", "yes: re-plan what is planned too (not pinned), as --fresh")),
        ]
    }

    /// The first and last date typed (short forms read around `shown`).
    static func dates(_ values: [String], shown: LocalDate, today: LocalDate) -> (first: LocalDate?, last: LocalDate?) {
        (DateInput.parse(values[0], relativeTo: shown, today: today), DateInput.parse(values[1], relativeTo: shown, today: today))
    }

    /// The problems of the values, by field.
    static func problems(_ values: [String], roster: Roster, shown: LocalDate, today: LocalDate) -> FormCheck.Problems {
        var problems: FormCheck.Problems = [:]
        let (first, last) = dates(values, shown: shown, today: today)
        if first == nil { problems[0] = Localized("写成 2022-04-07 或 4-7", "Write it as 2022-04-07 or 4-7") }
        if last == nil { problems[1] = Localized("写成 2022-04-30、4-30 或 +6", "Write it as 2022-04-30, 4-30 or +6") }
        if let first, let last {
            if last < first { problems[1] = Localized("不能早于开始日期", "Cannot be before the first date") }
            if first.distance(to: last) >= maximumDays {
                problems[1] = Localized("一次最多 \(maximumDays) 天", "At most \(maximumDays) days at once")
            }
        }
        if !values[2].isEmpty, roster.checkpoint(named: values[2]) == nil {
            problems[2] = Localized("没有叫“\(values[2])”的卡口", "No post “\(values[2])”")
        }
        if values.count > 3, FormRules.yesNo(values[3]) == nil { problems[3] = Localized("填 是 或 否", "Type yes or no") }
        return problems
    }
}
