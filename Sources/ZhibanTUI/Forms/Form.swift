import ZhibanModel

/// A form being filled in: labelled text fields, the one being typed in, and the problems
/// found so far, shown beside the fields they concern.
public struct Form: Sendable {
    /// What the form is for.
    public enum Purpose: Hashable, Sendable {
        /// Adds a volunteer (nil) or edits the named one.
        case volunteer(editing: String?)
        /// Adds or edits a team.
        case team(editing: String?)
        /// Adds or edits a checkpoint.
        case checkpoint(editing: String?)
        /// Adds or edits a shift.
        case shift(editing: String?)
        /// Chooses the dates (and checkpoint) to re-plan; short dates (`4-7`, `+6`) are read
        /// around the date shown.
        case replan(shown: LocalDate, today: LocalDate)
        /// The roster's title, time zone and rules.
        case settings
        /// Adds a rotation pattern (nil) or edits the one at this position.
        case rotation(editing: Int?)
        /// Says from when (to when) a person cannot serve, and why.
        case sickCall(person: String)
    }

    /// What the form is for.
    public let purpose: Purpose
    /// The fields, top to bottom.
    public internal(set) var fields: [FormField]
    /// The field being typed in.
    public internal(set) var focus = 0
    /// Problems by field index.
    public internal(set) var errors: [Int: Localized] = [:]
    /// Fields typed in since the form opened (only their problems show until the first submit).
    var touched: Set<Int> = []
    /// Whether Enter has been pressed once (then every field's problems show).
    var submitted = false
    /// Whether Esc was pressed on a changed form and the user is asked to drop the changes.
    public internal(set) var isAskingToDiscard = false
    /// The values the form opened with, to tell whether anything was changed.
    private let openingValues: [String]
    /// The date a date typed without a year is read near (`Roster.shortDateReference`).
    var dateReference: LocalDate?

    /// A form with these fields, the first one's text selected (typing replaces it).
    init(purpose: Purpose, fields: [FormField]) {
        self.purpose = purpose
        self.fields = fields
        openingValues = fields.map { $0.value.text.trimmingWhitespace() }
        moveFocus(to: 0)
    }

    /// What Esc on a changed form asks.
    static let discardQuestion = Localized("表单已修改，放弃这些修改？y 放弃，n 继续填写",
                                           "The form was changed. Drop the changes? y: drop them, n: keep filling it in")

    /// Whether anything differs from what the form opened with.
    var isChanged: Bool { values != openingValues }

    /// Moves into a field, selecting its text so that the first key typed replaces it.
    mutating func moveFocus(to index: Int) {
        focus = index
        fields[index].value.selectAll()
    }

    /// Puts pasted text into the form: text without tabs or line breaks goes into the field that
    /// has focus; a copied spreadsheet row (or column) fills the fields from there on, a cell
    /// each. Returns how many cells found no field (a second row counts as one).
    mutating func paste(_ text: String) -> Int {
        let (cells, droppedRows) = PastedText.cells(text)
        guard let first = cells.first else { return 0 }  // an empty paste leaves the field alone
        guard cells.count > 1 else {
            fields[focus].value.apply(.insert(first))
            touched.insert(focus)
            return droppedRows
        }
        let used = min(cells.count, fields.count - focus)
        for (offset, cell) in cells.prefix(used).enumerated() {
            fields[focus + offset].value = TextField(cell.trimmingWhitespace())
            touched.insert(focus + offset)
        }
        focus += used - 1
        return cells.count - used + droppedRows
    }

    /// The first problem, said with the label of its field, and how many more there are:
    /// what a failed Enter tells the user.
    var firstProblem: Localized? {
        guard let index = errors.keys.min(), let problem = errors[index] else { return nil }
        let label = fields[index].label
        let more = errors.count - 1
        return Localized("\(label.zh)：\(problem.zh)" + (more > 0 ? "（另有 \(more) 处问题）" : ""),
                         "\(label.en): \(problem.en)" + (more > 0 ? " (\(more) more)" : ""))
    }

    /// The values typed, in field order.
    var values: [String] { fields.map { $0.value.text.trimmingWhitespace() } }

    /// The problems to show now: those of touched fields, or all after a submit.
    var visibleErrors: [Int: Localized] { submitted ? errors : errors.filter { touched.contains($0.key) } }

    /// The form's title.
    var title: Localized {
        switch purpose {
        case .volunteer(let name): return name.map { Localized("编辑志愿者：\($0)", "Edit volunteer: \($0)") } ?? Localized("新增志愿者", "New volunteer")
        case .team(let name): return name.map { Localized("编辑队伍：\($0)", "Edit team: \($0)") } ?? Localized("新增队伍", "New team")
        case .checkpoint(let name): return name.map { Localized("编辑卡口：\($0)", "Edit post: \($0)") } ?? Localized("新增卡口", "New post")
        case .shift(let name): return name.map { Localized("编辑班次：\($0)", "Edit shift: \($0)") } ?? Localized("新增班次", "New shift")
        case .replan: return Localized("重新排班：选择日期范围（先预览，再决定是否执行）", "Re-plan: choose the dates (you see a preview first)")
        case .settings: return Localized("标题和规则", "Title and rules")
        case .rotation(let index):
            return index.map { Localized("编辑第 \($0 + 1) 条轮换", "Edit rotation \($0 + 1)") } ?? Localized("新增轮换", "New rotation")
        case .sickCall(let person):
            return Localized("\(person) 不能值班：撤下这些天的班，再预览替班人选", "\(person) cannot serve: off those days' duties, then a preview of who stands in")
        }
    }
}

/// One labelled field of a form.
public struct FormField: Sendable {
    /// The label.
    public let label: Localized
    /// What is typed.
    public internal(set) var value: TextField
    /// A hint on what to type.
    public let hint: Localized

    /// A field holding `value`.
    init(_ label: Localized, _ value: String, hint: Localized = Localized("", "")) {
        self.label = label
        self.value = TextField(value)
        self.hint = hint
    }
}

/// A form's values checked against the roster: either the problems by field, or the edited
/// roster and the words for the undo history.
enum FormCheck {
    /// Problems by field index.
    typealias Problems = [Int: Localized]

    /// The problems of a form's values (empty: it can be saved).
    static func problems(_ form: Form, roster: Roster) -> Problems {
        switch form.purpose {
        case .volunteer(let editing): return VolunteerForm.problems(form.values, editing: editing, roster: roster, near: form.dateReference)
        case .team(let editing): return TeamForm.problems(form.values, editing: editing, roster: roster)
        case .checkpoint(let editing): return CheckpointForm.problems(form.values, editing: editing, roster: roster)
        case .shift(let editing): return ShiftForm.problems(form.values, editing: editing, roster: roster)
        case .replan(let shown, let today): return ReplanForm.problems(form.values, roster: roster, shown: shown, today: today)
        case .settings: return SettingsForm.problems(form.values)
        case .rotation: return RotationForm.problems(form.values, roster: roster)
        case .sickCall: return SickCallForm.problems(form.values, near: form.dateReference)
        }
    }
}
