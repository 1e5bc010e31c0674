import ZhibanModel

/// Numbers for slots, so the per-person duty lists hold small integers instead of strings.
///
/// Slots met in increasing order (duties as zhiban writes them) cannot repeat one another, so
/// they are numbered without hashing (slow for Chinese names); the table hashes them only from
/// the first slot out of order on.
struct SlotTable: Sendable {
    /// The slots, by number.
    private(set) var slots: [Slot] = []
    /// Numbers by slot, once the slots have come out of order.
    private var numbers: [Slot: Int]?

    /// The slot's number, given on first sight.
    mutating func number(for slot: Slot) -> Int {
        if numbers == nil {
            if slots.last.map({ $0 < slot }) ?? true {
                slots.append(slot)
                return slots.count - 1
            }
            numbers = Dictionary(uniqueKeysWithValues: slots.enumerated().map { ($1, $0) })
        }
        if let number = numbers?[slot] { return number }
        numbers?[slot] = slots.count
        slots.append(slot)
        return slots.count - 1
    }

    /// The slot with this number.
    subscript(number: Int) -> Slot { slots[number] }
}
