extension Roster {
    /// Where the duty of a slot is in `duties` (kept sorted by slot), or where it would go.
    public func dutyPosition(of slot: Slot) -> (index: Int, found: Bool) {
        var low = 0
        var high = duties.count
        while low < high {
            let middle = (low + high) / 2
            if duties[middle].slot < slot { low = middle + 1 } else { high = middle }
        }
        return (low, low < duties.count && duties[low].slot == slot)
    }

    /// The duty of a slot, if one is recorded.
    public func duty(at slot: Slot) -> Duty? {
        let position = dutyPosition(of: slot)
        return position.found ? duties[position.index] : nil
    }

    /// Replaces the duty of a slot (nil removes it), keeping `duties` sorted.
    public mutating func setDuty(_ duty: Duty?, at slot: Slot) {
        let position = dutyPosition(of: slot)
        switch (duty, position.found) {
        case (let duty?, true): duties[position.index] = duty
        case (let duty?, false): duties.insert(duty, at: position.index)
        case (nil, true): duties.remove(at: position.index)
        case (nil, false): break
        }
    }

    /// The duties on one date, found by binary search instead of a scan.
    public func dutiesOn(_ date: LocalDate) -> ArraySlice<Duty> {
        let start = dutyPosition(of: Slot(date: date, shift: "", checkpoint: "")).index
        let end = dutyPosition(of: Slot(date: date.adding(days: 1), shift: "", checkpoint: "")).index
        return duties[start..<end]
    }

    /// Whether the duties are in slot order, as the look-ups above need.
    public var dutiesAreSorted: Bool {
        zip(duties, duties.dropFirst()).allSatisfy { $0.slot < $1.slot }
    }
}
