import ZhibanModel

/// Numbers for slots, so the per-person duty lists hold small integers instead of strings.
struct SlotTable: Sendable {
    /// The slots, by number.
    private(set) var slots: [Slot] = []
    private var numbers: [Slot: Int] = [:]

    /// The slot's number, given on first sight.
    mutating func number(for slot: Slot) -> Int {
        if let number = numbers[slot] { return number }
        numbers[slot] = slots.count
        slots.append(slot)
        return slots.count - 1
    }

    /// The slot with this number.
    subscript(number: Int) -> Slot { slots[number] }
}
