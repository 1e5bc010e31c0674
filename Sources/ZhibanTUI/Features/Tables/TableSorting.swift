import ZhibanModel

/// The order of a table's records by one column: numbers as numbers, Chinese by pinyin, ties in
/// file order, so the same roster always sorts the same way.
enum TableSorting {
    /// Every record of the table, sorted (nil column: file order).
    static func order(
        _ kind: TableKind, by column: Int?, descending: Bool, roster: Roster, directory: inout VolunteerDirectory
    ) -> [Int] {
        let records = Array(0..<kind.count(in: roster))
        guard let column else { return descending ? records.reversed() : records }
        let numeric = kind.columns[column].numeric
        let keys: [(text: String, number: Int)] = records.map { record in
            let cell = kind.cells(of: record, in: roster, .zh)[column]
            return numeric ? ("", Int(cell.prefix { $0.isNumber }) ?? 0) : (directory.spelling(of: cell) + "\u{1}" + cell, 0)
        }
        return records.sorted { a, b in
            let (left, right) = descending ? (keys[b], keys[a]) : (keys[a], keys[b])
            if numeric, left.number != right.number { return left.number < right.number }
            if !numeric, left.text != right.text { return left.text < right.text }
            return a < b
        }
    }
}

/// The records of a table that match a filter: people through the search index (pinyin,
/// initials, team, skill, phone), the other tables by the text of their cells as shown (the same
/// test as `/` search in a table).
enum TableFiltering {
    static func filter(
        _ records: [Int], _ kind: TableKind, by filter: String, roster: Roster, language: Language, directory: inout VolunteerDirectory
    ) -> [Int] {
        guard !filter.trimmingWhitespace().isEmpty else { return records }
        switch kind {
        case .people:
            directory.prepareSearch()
            var matching = [Bool](repeating: false, count: roster.volunteers.count)
            for position in directory.search(filter) { matching[position] = true }
            return records.filter { matching[$0] }
        case .teams, .checkpoints, .shifts, .rotations:
            return records.filter {
                directory.matches(filter, text: kind.cells(of: $0, in: roster, language).joined(separator: "\u{1}"),
                                  spelling: kind.name(of: $0, in: roster))
            }
        }
    }
}
