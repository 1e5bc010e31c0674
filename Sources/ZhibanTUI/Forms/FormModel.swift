import ZhibanModel

/// What a form is for, in one place: its title, its fields and the values it opens with, what
/// is wrong with what is typed, and what Enter does once nothing is. `Form` keeps the typing
/// (focus, selection, pasting, asking before dropping changes) for every kind alike.
protocol FormModel: Sendable {
    /// The fields, top to bottom.
    associatedtype Field: FormFieldName
    /// The form's title.
    var title: Localized { get }
    /// The values the form opens with.
    var opening: FormValues<Field> { get }
    /// The problems of what is typed, by field (empty: Enter may go ahead). `reference` is the
    /// date a date typed without a year is read near (`Roster.shortDateReference`).
    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized]
    /// What Enter does with values that have no problems: edit the roster, or show a preview.
    func submit(_ values: FormValues<Field>, near reference: LocalDate?, in app: inout AppState) -> [Effect]
}

/// The names of a form's fields, in the order shown, each with its label and a hint on what to type.
protocol FormFieldName: CaseIterable, Hashable, Sendable {
    /// The label in front of the field.
    var label: Localized { get }
    /// What to type, shown beside the field while it has no problem.
    var hint: Localized { get }
}

extension FormFieldName {
    var hint: Localized { Localized("", "") }

    /// The field's place, top to bottom.
    var position: Int { Array(Self.allCases).firstIndex(of: self)! }
}

/// What is typed in a form, read by field name.
struct FormValues<Field: FormFieldName>: Sendable {
    private var texts: [Field: String]

    /// Values by field; a field not given is empty.
    init(_ texts: [Field: String] = [:]) { self.texts = texts }

    /// The values of the fields in their order (as the form holds them).
    init(inOrder texts: [String]) {
        self.texts = Dictionary(uniqueKeysWithValues: zip(Field.allCases, texts))
    }

    /// The text of a field.
    subscript(field: Field) -> String {
        get { texts[field] ?? "" }
        set { texts[field] = newValue }
    }
}

/// A form whose Enter edits the roster: the change is one undoable step, and a record it adds or
/// changes gets the cursor of the table shown.
protocol RosterEditForm: FormModel {
    /// The roster with the change made, and the words for the undo history.
    func apply(_ values: FormValues<Field>, to roster: Roster, near reference: LocalDate?) -> (Roster, Localized)
    /// The name the record is listed under once saved (nil: the form edits no named record).
    func recordName(_ values: FormValues<Field>) -> String?
}

extension RosterEditForm {
    func submit(_ values: FormValues<Field>, near reference: LocalDate?, in app: inout AppState) -> [Effect] {
        let (edited, label) = apply(values, to: app.roster, near: reference)
        app.commit(edited, label)
        if let name = recordName(values) { app.selectRecord(named: name) }
        return []
    }
}

extension FormModel {
    /// The fields, labelled and holding the opening values.
    var fields: [FormField] {
        Field.allCases.map { FormField($0.label, opening[$0], hint: $0.hint) }
    }

    /// The problems of the fields' texts in order, by field position: what `Form` shows.
    func problems(ofTexts texts: [String], roster: Roster, near reference: LocalDate?) -> [Int: Localized] {
        var byPosition: [Int: Localized] = [:]
        for (field, problem) in problems(FormValues(inOrder: texts), roster: roster, near: reference) { byPosition[field.position] = problem }
        return byPosition
    }

    /// Enter on the fields' texts in order.
    func submit(texts: [String], near reference: LocalDate?, in app: inout AppState) -> [Effect] {
        submit(FormValues(inOrder: texts), near: reference, in: &app)
    }
}
