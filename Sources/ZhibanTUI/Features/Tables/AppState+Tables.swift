import ZhibanModel

extension AppState {
    /// The table the current view shows, if it shows one.
    var activeTable: TableKind? { tables.kind(shownBy: view) }

    /// The state of one table.
    func table(_ kind: TableKind) -> TableState { tables[kind] }

    /// Table rows that fit under the table's info line and headings.
    var tableVisibleRows: Int { layout.visibleRows(.table) }

    /// Brings the shown table's rows up to date (after an edit, a sort, a filter or a view switch).
    mutating func refreshActiveTable() {
        guard let kind = activeTable else { return }
        tables[kind].refresh(kind, roster: roster, revision: revision, language: language, directory: &document.directory)
        tables[kind].keepCursorVisible(tableVisibleRows)
    }

    /// Moves the cursor of the shown table; left and right scroll the columns.
    mutating func moveTableCursor(_ action: Action) {
        guard let kind = activeTable else { return }
        let rows = tableVisibleRows
        switch action {
        case .moveUp: tables[kind].move(by: -1, visible: rows)
        case .moveDown: tables[kind].move(by: 1, visible: rows)
        case .pageUp: tables[kind].move(by: -rows, visible: rows)
        case .pageDown: tables[kind].move(by: rows, visible: rows)
        case .first: tables[kind].move(by: -Int.max / 2, visible: rows)
        case .last: tables[kind].move(by: Int.max / 2, visible: rows)
        case .moveLeft: tables[kind].columnOffset = max(0, tables[kind].columnOffset - 1)
        case .moveRight: tables[kind].columnOffset = min(kind.columns.count - 2, tables[kind].columnOffset + 1)
        default: break
        }
    }

    /// Sorts the shown table by its next column, or reverses the sort.
    mutating func sortTable(_ action: Action) {
        guard let kind = activeTable else { return }
        if action == .sortNext {
            tables[kind].sortByNextColumn(columns: kind.columns.count)
        } else {
            tables[kind].reverseSort()
        }
        refreshActiveTable()
        let column = tables[kind].sortColumn.map { kind.columns[$0].title(language) }
        say(column.map { Localized("按\($0)排序", "Sorted by \($0)") } ?? Localized("按文件顺序", "In file order"))
    }

    /// Keys while typing a table's filter: the table narrows with each key; Enter keeps the
    /// filter, Esc clears it.
    mutating func applyInFilter(_ action: Action, _ field: TextField) -> [Effect] {
        guard let kind = activeTable else {
            mode = .normal
            return []
        }
        var field = field
        switch action {
        case .text(let edit): field.apply(edit)
        case .submit:
            mode = .normal
            return []
        case .cancel:
            field = TextField()
            mode = .normal
        default: break
        }
        if case .filter = mode { mode = .filter(field) }
        tables[kind].setFilter(field.text)
        refreshActiveTable()
        return []
    }

    /// Opens the form to add a record to the shown table.
    mutating func addRecord() {
        guard let kind = activeTable, refuseIfReadOnly() else { return }
        switch kind {
        case .people: openForm(Form(VolunteerForm(editing: nil)))
        case .teams: openForm(Form(TeamForm(editing: nil)))
        case .checkpoints: openForm(Form(CheckpointForm(editing: nil, roster: roster)))
        case .shifts: openForm(Form(ShiftForm(editing: nil)))
        case .rotations: openForm(Form(RotationForm(editing: nil, at: nil)))
        }
    }

    /// Opens the form to edit the record under the cursor.
    mutating func editRecord() {
        guard let kind = activeTable, let record = table(kind).currentRecord else { return sayEmptyTable() }
        guard refuseIfReadOnly() else { return }
        switch kind {
        case .people: openForm(Form(VolunteerForm(editing: roster.volunteers[record])))
        case .teams: openForm(Form(TeamForm(editing: roster.teams[record])))
        case .checkpoints: openForm(Form(CheckpointForm(editing: roster.checkpoints[record], roster: roster)))
        case .shifts: openForm(Form(ShiftForm(editing: roster.shifts[record])))
        case .rotations: openForm(Form(RotationForm(editing: roster.rotations[record], at: record)))
        }
    }

    /// Asks before deleting the record under the cursor (or says why it cannot be deleted).
    mutating func deleteRecord() {
        guard let kind = activeTable, let record = table(kind).currentRecord else { return sayEmptyTable() }
        guard refuseIfReadOnly() else { return }
        let name = kind.name(of: record, in: roster)
        if let refusal = RecordDeletion.refusal(kind, name, roster: roster) { return say(refusal, .error) }
        mode = .confirm(.delete(kind, name: name, text: RecordDeletion.question(kind, name, roster: roster)))
    }

    /// Finds the next (or previous) row of the shown table matching the last search.
    mutating func searchTable(_ query: String, forward: Bool) {
        guard let kind = activeTable else { return }
        let state = table(kind)
        guard !state.order.isEmpty else { return sayEmptyTable() }
        let count = state.order.count
        let steps = forward ? Array(1...count) : Array((1...count).map { -$0 })
        for step in steps {
            let row = ((state.cursor + step) % count + count) % count
            let record = state.order[row]
            let matches = kind == .people
                ? document.directory.matches(query, name: roster.volunteers[record].name)
                : kind.cells(of: record, in: roster, language).joined(separator: "\u{1}").localizedLowercaseContains(query)
            if matches {
                tables[kind].cursor = row
                tables[kind].keepCursorVisible(tableVisibleRows)
                return say(Localized("查找 \(query)：第 \(row + 1) 行", "\(query): row \(row + 1)"))
            }
        }
        say(Localized("找不到：\(query)", "Not found: \(query)"), .error)
    }

    /// Puts the shown table's cursor on the record listed under `name`, if there is one.
    mutating func selectRecord(named name: String) {
        guard let kind = activeTable, let position = (0..<kind.count(in: roster)).first(where: { kind.name(of: $0, in: roster) == name }) else {
            return
        }
        tables[kind].select(record: position, visible: tableVisibleRows)
    }

    private mutating func sayEmptyTable() {
        say(Localized("表里没有记录", "The table is empty"), .error)
    }
}
