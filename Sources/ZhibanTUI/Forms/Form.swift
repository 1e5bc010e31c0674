import ZhibanModel

/// A form being filled in: labelled text fields, the one being typed in, and the problems
/// found so far, shown beside the fields they concern.
public struct Form: Sendable {
    /// What the form is for: its fields, checks and what Enter does.
    let model: any FormModel
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

    /// The form of `model`, the first field's text selected (typing replaces it).
    init(_ model: some FormModel) {
        self.model = model
        fields = model.fields
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
    var title: Localized { model.title }

    /// Finds the problems of what is typed now.
    mutating func check(_ roster: Roster) {
        errors = model.problems(ofTexts: values, roster: roster, near: dateReference)
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
