import ZhibanModel

extension AppState {
    /// Moves to the next (or previous) place matching a search, wrapping around; a person is
    /// found on the following (or earlier) planned days too, once the day shown has no more matches.
    mutating func searchBoard(_ query: String, forward: Bool) {
        let matches = boardMatches(query)
        let current = dayBoard.clamped(day.cursor)
        let order = { (a: BoardCursor) in (a.row, a.column, a.place) }
        var next = forward ? matches.first { order($0) > order(current) } : matches.last { order($0) < order(current) }
        if next == nil, let day = dayWithPerson(query, forward: forward) {
            showDate(day)
            let there = boardMatches(query)
            next = forward ? there.first : there.last
        }
        guard let next = next ?? (forward ? matches.first : matches.last) else {
            return say(Localized("\(DateText.short(date, .zh)) 及其他各天都找不到：\(query)",
                                 "Not found on \(DateText.short(date, .en)) or any planned day: \(query)"), .error)
        }
        day.cursor = next
        DayBoardFeature.keepVisible(&self)
        let here = boardMatches(query)
        let position = (here.firstIndex(of: next) ?? 0) + 1
        say(Localized("查找 \(query)：\(DateText.short(date, .zh)) 第 \(position)/\(here.count) 处",
                      "\(query): \(DateText.short(date, .en)), match \(position) of \(here.count)"))
    }

    /// The places of the day board shown that match a query: a person by name, pinyin or
    /// initials; a checkpoint (its first place) by name, pinyin or initials.
    private mutating func boardMatches(_ query: String) -> [BoardCursor] {
        var matches: [BoardCursor] = []
        for (cursor, cell) in dayBoard.allPlaces() {
            let person = cell.places[cursor.place].person
            let personMatches = person.map { document.directory.matches(query, name: $0) } ?? false
            let checkpointMatches = cursor.place == 0 && matches.last?.row != cursor.row
                && document.directory.matches(query, text: cell.slot.checkpoint, spelling: cell.slot.checkpoint)
            if personMatches || checkpointMatches { matches.append(cursor) }
        }
        return matches
    }

    /// The nearest planned day after (or before) the one shown on which someone matching the
    /// query is on duty.
    private func dayWithPerson(_ query: String, forward: Bool) -> LocalDate? {
        guard let range = roster.dutyDateRange else { return nil }
        var day = date.adding(days: forward ? 1 : -1)
        while range.contains(day) {
            if roster.dutiesOn(day).contains(where: { $0.people.contains { document.directory.matches(query, name: $0) } }) { return day }
            day = day.adding(days: forward ? 1 : -1)
        }
        return nil
    }

    /// `:find NAME`: the next duties of the people matching NAME from today on, listed in the
    /// status line; the day board opens on the first, and n / N go through the others.
    mutating func findDuties(of query: String) {
        document.directory.prepareSearch()
        var upcoming: [(Duty, String)] = []
        if let range = roster.dutyDateRange {
            var day = max(today, range.lowerBound)
            while day <= range.upperBound {
                for duty in roster.dutiesOn(day) {
                    for person in duty.people where document.directory.matches(query, name: person) { upcoming.append((duty, person)) }
                }
                day = day.adding(days: 1)
            }
        }
        guard let (first, person) = upcoming.first else {
            return say(Localized("从今天起没有 \(query) 的值班", "No duties for \(query) from today on"), .error)
        }
        view = .day
        lastSearch = query
        showDate(first.date)
        if let place = boardMatches(person).first { day.cursor = place }
        DayBoardFeature.keepVisible(&self)
        let shown = upcoming.prefix(6).map { duty, name in
            "\(name) \(DateText.short(duty.date, language)) \(duty.shift) \(duty.checkpoint)"
        }
        let list = shown.joined(separator: Localized("；", "; ")(language))
        message = StatusMessage(Localized("共 \(upcoming.count) 次（n 下一个）：", "\(upcoming.count) duties (n: next): ")(language) + list)
    }
}
