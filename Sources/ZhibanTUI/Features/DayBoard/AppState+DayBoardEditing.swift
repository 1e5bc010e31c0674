import ZhibanModel

extension AppState {
    /// The slot and place under the day-board cursor, if the cursor is on a cell.
    var placeUnderCursor: PlaceMark? {
        guard view == .day, let cell = dayBoard.cell(at: day.cursor) else { return nil }
        return PlaceMark(slot: cell.slot, place: day.cursor.place)
    }

    /// Opens the pick list for the place under the cursor.
    mutating func openPickList() {
        guard let place = placeUnderCursor else { return sayNoPlace() }
        guard refuseIfReadOnly() else { return }
        document.directory.prepareSearch()
        mode = .pickList(PickList(slot: place.slot, place: place.place, roster: roster, directory: document.directory))
    }

    /// Takes the person under the cursor off their place.
    mutating func unassign() {
        guard let place = placeUnderCursor else { return sayNoPlace() }
        guard let person = roster.person(at: place.slot, place: place.place) else {
            return say(Localized("这里没有人", "Nobody is here"), .error)
        }
        commit(roster.removing(at: place.slot, place: place.place),
               Localized("撤下 \(person)（\(place.slot.checkpoint) \(place.slot.shift)）",
                         "Took \(person) off \(place.slot.checkpoint) \(place.slot.shift)"))
    }

    /// Marks the place under the cursor, or swaps it with the place marked before.
    mutating func swapOrMove() {
        guard let place = placeUnderCursor else { return sayNoPlace() }
        guard let marked = day.mark else {
            guard refuseIfReadOnly() else { return }
            day.mark = place
            let who = roster.person(at: place.slot, place: place.place) ?? Localized("空位", "the empty place")(language)
            return say(Localized("已标记 \(who)：到目标处再按 s 交换或移动，Esc 取消",
                                 "Marked \(who): press s at the target to swap or move, Esc to cancel"))
        }
        day.mark = nil
        guard marked != place else { return say(Localized("已取消标记", "Mark cleared")) }
        let one = roster.person(at: marked.slot, place: marked.place)
        let two = roster.person(at: place.slot, place: place.place)
        guard one != nil || two != nil else { return say(Localized("两处都没有人", "Both places are empty"), .error) }
        let label: Localized
        switch (one, two) {
        case (let a?, let b?): label = Localized("交换 \(a) 和 \(b)", "Swapped \(a) and \(b)")
        case (let a?, nil): label = Localized("\(a) 移到 \(place.slot.checkpoint) \(place.slot.shift)", "Moved \(a) to \(place.slot.checkpoint) \(place.slot.shift)")
        case (nil, let b?): label = Localized("\(b) 移到 \(marked.slot.checkpoint) \(marked.slot.shift)", "Moved \(b) to \(marked.slot.checkpoint) \(marked.slot.shift)")
        case (nil, nil): return
        }
        var moves: [(person: String, slot: Slot)] = []
        if marked.slot != place.slot {
            if let one { moves.append((one, place.slot)) }
            if let two { moves.append((two, marked.slot)) }
        }
        commitAsking(roster.swapping(marked, place), moves: moves, label)
    }

    /// Pins the duty under the cursor, or unpins it.
    mutating func togglePin() {
        guard let place = placeUnderCursor else { return sayNoPlace() }
        guard let duty = roster.duty(at: place.slot) else {
            return say(Localized("这一班还没有人，无可固定", "Nobody is on this shift yet: nothing to pin"), .error)
        }
        let label = duty.pinned
            ? Localized("取消固定 \(place.slot.checkpoint) \(place.slot.shift)", "Unpinned \(place.slot.checkpoint) \(place.slot.shift)")
            : Localized("固定 \(place.slot.checkpoint) \(place.slot.shift)", "Pinned \(place.slot.checkpoint) \(place.slot.shift)")
        commit(roster.togglingPin(at: place.slot), label)
    }

    /// Esc in normal mode: forgets a mark.
    mutating func cancelMark() {
        guard day.mark != nil else { return }
        day.mark = nil
        say(Localized("已取消标记", "Mark cleared"))
    }

    mutating func sayNoPlace() {
        say(Localized("光标不在排班格上", "The cursor is not on a place to fill"), .error)
    }

    /// Opens the sick-call form for the person under the day-board cursor.
    mutating func openSickCall() {
        guard let place = placeUnderCursor else {
            return say(Localized("光标不在排班格上", "The cursor is not on a place to fill"), .error)
        }
        guard let person = roster.person(at: place.slot, place: place.place) else {
            return say(Localized("这里没有人：把光标放在不能值班的人身上", "Nobody is here: put the cursor on the person who cannot serve"), .error)
        }
        guard refuseIfReadOnly() else { return }
        openForm(Form(SickCallForm(person: person, from: date)))
    }
}
