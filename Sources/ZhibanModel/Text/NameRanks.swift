/// Names replaced by their places in `String` order, so that a long list of records can be
/// sorted by numbers: the district's 45,000 shifts and changes were sorted by comparing their
/// checkpoints' and people's names again at every step of the sort.
public enum NameRanks {
    /// Each name's place among the distinct names in `String` order: equal names (canonically
    /// equivalent spellings too) get the same rank, and `ranks[i] < ranks[j]` when
    /// `names[i] < names[j]`. That order is the one of the names' NFC bytes (their scalars in
    /// NFC, which `String` compares), a total order: `String`'s own `<` is not one when a
    /// decomposed accent meets a composed one (`"e\u{301}"` and `"\u{E9}1"` are neither
    /// before the other, yet not equal).
    public static func of(_ names: [String]) -> [Int] {
        var table = NameTable<Int>(minimumCapacity: min(names.count, 1024))
        var distinct: [String] = []
        let positions = names.map { name in
            let (position, inserted) = table.insert(distinct.count, for: name)
            if inserted { distinct.append(name) }
            return position
        }
        let bytes = distinct.map { NameKey.withNFCBytes(of: $0) { Array($0) } }
        var rankOfDistinct = Array(repeating: 0, count: distinct.count)
        for (rank, position) in distinct.indices.sorted(by: { bytes[$0].lexicographicallyPrecedes(bytes[$1]) }).enumerated() {
            rankOfDistinct[position] = rank
        }
        return positions.map { rankOfDistinct[$0] }
    }

    /// Each slot's key in slot order (date, checkpoint, shift) as numbers: `keys[i] < keys[j]`
    /// exactly when `slots[i] < slots[j]`, without comparing the names again at each step of a sort.
    public static func slotKeys(of slots: [Slot]) -> [(day: Int, checkpoint: Int, shift: Int)] {
        let checkpoints = of(slots.map(\.checkpoint))
        let shifts = of(slots.map(\.shift))
        return slots.indices.map { (slots[$0].date.dayNumber, checkpoints[$0], shifts[$0]) }
    }

    /// The slots' positions in slot order (equal slots in their given order).
    public static func slotOrder(of slots: [Slot]) -> [Int] {
        let keys = slotKeys(of: slots)
        return slots.indices.sorted { (keys[$0].day, keys[$0].checkpoint, keys[$0].shift, $0) < (keys[$1].day, keys[$1].checkpoint, keys[$1].shift, $1) }
    }
}
