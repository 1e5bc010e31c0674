import ZhibanModel

extension AppState {
    /// Keys while typing a `/` search: Enter finds the first match after the cursor.
    mutating func applyInSearch(_ action: Action, _ field: TextField) -> [Effect] {
        var field = field
        switch action {
        case .text(let edit): field.apply(edit)
        case .cancel:
            mode = .normal
            return []
        case .submit:
            mode = .normal
            guard !field.text.trimmingWhitespace().isEmpty else { return [] }
            lastSearch = field.text
            searchAgain(forward: true)
            return []
        default: break
        }
        mode = .search(field)
        return []
    }

    /// Moves to the next (or previous) match of the last search, wrapping around.
    mutating func searchAgain(forward: Bool) {
        guard let query = lastSearch else { return say(Localized("还没有查找过：按 / 查找", "No search yet: press / to search")) }
        directory.prepareSearch()
        if activeTable != nil { return searchTable(query, forward: forward) }
        guard view == .day else { return }
        let board = dayBoard
        var matches: [BoardCursor] = []
        for (cursor, cell) in board.allPlaces() {
            let person = cell.places[cursor.place].person
            let personMatches = person.map { directory.matches(query, name: $0) } ?? false
            let checkpointMatches = cursor.place == 0 && matches.last?.row != cursor.row
                && cell.slot.checkpoint.localizedLowercaseContains(query)
            if personMatches || checkpointMatches { matches.append(cursor) }
        }
        guard !matches.isEmpty else {
            return say(Localized("\(DateText.short(date, .zh)) 找不到：\(query)", "Not found on \(DateText.short(date, .en)): \(query)"), .error)
        }
        let current = board.clamped(self.board)
        let order = { (a: BoardCursor) in (a.row, a.column, a.place) }
        let next = forward
            ? matches.first { order($0) > order(current) } ?? matches[0]
            : matches.last { order($0) < order(current) } ?? matches[matches.count - 1]
        self.board = next
        keepBoardCursorVisible()
        let position = matches.firstIndex(of: next)! + 1
        say(Localized("查找 \(query)：第 \(position)/\(matches.count) 处", "\(query): match \(position) of \(matches.count)"))
    }
}
