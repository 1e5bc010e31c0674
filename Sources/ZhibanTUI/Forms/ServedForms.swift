import ZhibanModel

/// What the served-record forms check alike.
enum ServedForms {
    /// A problem for each of `fields` holding a line break: one event, one line.
    static func oneLine<Field>(_ values: FormValues<Field>, _ fields: [Field]) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        for field in fields where values[field].contains(where: \.isNewline) { problems[field] = Localized("只写一行", "One line only") }
        return problems
    }
}
