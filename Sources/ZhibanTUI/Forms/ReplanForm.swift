import ZhibanModel
import ZhibanPlanning

/// The form that starts a re-plan: the first and last date, optionally one checkpoint, and
/// whether to start fresh. Short dates (`4-7`, `+6`) are read around the date shown.
struct ReplanForm: FormModel {
    enum Field: FormFieldName {
        case from, to, checkpoint, fresh

        var label: Localized {
            switch self {
            case .from: return Localized("从", "From")
            case .to: return Localized("到", "To")
            case .checkpoint: return Localized("卡口", "Post")
            case .fresh: return Localized("从头重排", "Start fresh")
            }
        }

        var hint: Localized {
            switch self {
            case .from: return Localized("2022-04-07、4-7、+1、今天", "2022-04-07, 4-7, +1, today")
            case .to: return Localized("含这一天", "inclusive")
            case .checkpoint: return Localized("空着：全部卡口", "empty: every post")
            case .fresh: return Localized("是：已排的也重新排（固定的不动），同 --fresh", "yes: re-plan what is planned too (not pinned), as --fresh")
            }
        }
    }

    /// The longest range re-planned at once.
    static let maximumDays = 366

    /// The date shown, around which short dates are read.
    let shown: LocalDate
    /// Today, for `今天` and `today`.
    let today: LocalDate
    let opening: FormValues<Field>

    /// The form for the days `first` to `last`, every checkpoint, not from scratch.
    init(shown: LocalDate, today: LocalDate, from first: LocalDate, to last: LocalDate) {
        self.shown = shown
        self.today = today
        opening = FormValues([.from: first.description, .to: last.description, .checkpoint: "", .fresh: "否"])
    }

    var title: Localized { Localized("重新排班：选择日期范围（先预览，再决定是否执行）", "Re-plan: choose the dates (you see a preview first)") }

    /// The first and last date typed.
    func dates(_ values: FormValues<Field>) -> (first: LocalDate?, last: LocalDate?) {
        (DateInput.parse(values[.from], relativeTo: shown, today: today), DateInput.parse(values[.to], relativeTo: shown, today: today))
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        let (first, last) = dates(values)
        if first == nil { problems[.from] = Localized("写成 2022-04-07 或 4-7", "Write it as 2022-04-07 or 4-7") }
        if last == nil { problems[.to] = Localized("写成 2022-04-30、4-30 或 +6", "Write it as 2022-04-30, 4-30 or +6") }
        if let first, let last {
            if last < first { problems[.to] = Localized("不能早于开始日期", "Cannot be before the first date") }
            if first.distance(to: last) >= Self.maximumDays {
                problems[.to] = Localized("一次最多 \(Self.maximumDays) 天", "At most \(Self.maximumDays) days at once")
            }
        }
        let checkpoint = values[.checkpoint]
        if !checkpoint.isEmpty, roster.checkpoint(named: checkpoint) == nil {
            problems[.checkpoint] = Localized("没有叫“\(checkpoint)”的卡口", "No post “\(checkpoint)”")
        }
        if FormRules.yesNo(values[.fresh]) == nil { problems[.fresh] = Localized("填 是 或 否", "Type yes or no") }
        return problems
    }

    /// What checked values ask the planner for.
    func request(_ values: FormValues<Field>) -> PlanRequest? {
        let (first, last) = dates(values)
        guard let first, let last else { return nil }
        let checkpoint = values[.checkpoint]
        return PlanRequest(from: first, to: last, checkpoint: checkpoint.isEmpty ? nil : checkpoint,
                           fresh: FormRules.yesNo(values[.fresh]) == true)
    }

    /// Enter shows what the re-plan would change.
    func submit(_ values: FormValues<Field>, near reference: LocalDate?, in app: inout AppState) -> [Effect] {
        if let request = request(values) { app.previewReplan(request) }
        return []
    }
}
