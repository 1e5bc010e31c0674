import ZhibanModel

/// One change a plan made to the duties: a person added to a shift, taken off one, or moved
/// from one shift to another on the same date.
public struct DutyChange: Hashable, Sendable, CustomStringConvertible {
    /// What happened.
    public enum Kind: String, Hashable, Sendable {
        /// Put on a shift.
        case added
        /// Taken off a shift.
        case removed
        /// Taken off one shift and put on another the same date.
        case moved

        /// Where changes of one person on one shift go: in the order of the raw values.
        fileprivate var order: Int {
            switch self {
            case .added: return 0
            case .moved: return 1
            case .removed: return 2
            }
        }
    }

    /// What happened.
    public let kind: Kind
    /// Who.
    public let person: String
    /// The shift the person is on now (for `removed`: the one they left).
    public let slot: Slot
    /// For `moved`: the shift the person left.
    public let from: Slot?

    /// Creates a change.
    public init(kind: Kind, person: String, slot: Slot, from: Slot? = nil) {
        self.kind = kind
        self.person = person
        self.slot = slot
        self.from = from
    }

    /// `新增 2022-04-09 夜班 南门：王伟`, `移除 …`, `调动 王伟：2022-04-09 白班 北门 → 夜班 南门`.
    public var description: String { text(.zh) }

    /// The change said in one language: `added 2022-04-09 夜班 南门: 王伟`.
    public func text(_ language: Language) -> String {
        let zh = language == .zh
        var text = String()
        text.reserveCapacity(96)
        switch kind {
        case .added, .removed:
            text += kind == .added ? (zh ? "新增 " : "added ") : (zh ? "移除 " : "removed ")
            slot.append(to: &text)
            text += zh ? "：" : ": "
            text += person
        case .moved:
            text += zh ? "调动 " : "moved "
            text += person
            text += zh ? "：" : ": "
            from?.append(to: &text)
            text += " → "
            text += slot.shift
            text += " "
            text += slot.checkpoint
        }
        return text
    }

    /// The changes between two lists of duties: who is on a shift in `new` but not in `old`
    /// (added), the reverse (removed), and a removal and an addition of one person on the same
    /// date paired as a move. In the order of the day: by date and checkpoint, then by when the
    /// shift starts (`shifts`, as the organizer reads a day: 夜班 00:00 before 早班 08:00, not by
    /// the names; a shift not among them last), then by person.
    public static func between(old: [Duty], new: [Duty], shifts: [Shift]) -> [DutyChange] {
        let pairs = PersonOnSlotTable(old: old, new: new)
        let (removals, additions) = pairs.differences()
        // Additions waiting for a matching removal, by person and date, earliest slot first.
        var waiting: [PersonOnDate: [Int]] = [:]
        for (position, addition) in additions.enumerated().reversed() where !removals.isEmpty {
            waiting[pairs.personOnDate(addition), default: []].append(position)
        }
        var matched = Array(repeating: false, count: additions.count)
        // Each change with the pair that gives its slot and the one that gives its person.
        var changes: [(change: DutyChange, slotPair: Int, personPair: Int)] = []
        for removal in removals {
            let person = pairs.entries[removal].person
            if let position = waiting[pairs.personOnDate(removal)]?.popLast() {
                matched[position] = true
                let addition = additions[position]
                changes.append((DutyChange(kind: .moved, person: person, slot: pairs.entries[addition].slot,
                                           from: pairs.entries[removal].slot), addition, removal))
            } else {
                changes.append((DutyChange(kind: .removed, person: person, slot: pairs.entries[removal].slot), removal, removal))
            }
        }
        for (position, addition) in additions.enumerated() where !matched[position] {
            let entry = pairs.entries[addition]
            changes.append((DutyChange(kind: .added, person: entry.person, slot: entry.slot), addition, addition))
        }
        let starts = NameTable(Dictionary(shifts.map { ($0.name, $0.start.minutes) }, uniquingKeysWith: min))
        // Each change's key once, as numbers: names by their place in String order.
        let keys = changes.map { item in
            (item.change.slot.date.dayNumber, pairs.slotKeys[item.slotPair].checkpoint, starts[item.change.slot.shift] ?? Int.max,
             pairs.slotKeys[item.slotPair].shift, pairs.personRanks[item.personPair], item.change.kind.order)
        }
        return changes.indices.sorted { keys[$0] < keys[$1] }.map { changes[$0].change }
    }

    /// Every (slot, person) of the old and the new duties, with their names' places in `String`
    /// order, so that they sort by numbers.
    private struct PersonOnSlotTable {
        /// The pairs, old duties' first.
        let entries: [(slot: Slot, person: String, isNew: Bool)]
        let slotKeys: [(day: Int, checkpoint: Int, shift: Int)]
        let personRanks: [Int]

        init(old: [Duty], new: [Duty]) {
            var entries: [(slot: Slot, person: String, isNew: Bool)] = []
            entries.reserveCapacity(2 * (old.count + new.count))
            for (duties, isNew) in [(old, false), (new, true)] {
                for duty in duties {
                    for person in duty.people { entries.append((duty.slot, person, isNew)) }
                }
            }
            self.entries = entries
            slotKeys = NameRanks.slotKeys(of: entries.map(\.slot))
            personRanks = NameRanks.of(entries.map(\.person))
        }

        /// The pairs only the old duties have and those only the new ones have, each once (the
        /// first spelling of it), in slot order and then by person.
        func differences() -> (removals: [Int], additions: [Int]) {
            let keys = entries.indices.map { (slotKeys[$0].day, slotKeys[$0].checkpoint, slotKeys[$0].shift, personRanks[$0]) }
            // A stable sort: within one (slot, person), the old duties' pairs first, each in file order.
            let order = entries.indices.sorted { a, b in
                let (x, y) = (keys[a], keys[b])
                return (x.0, x.1, x.2, x.3, entries[a].isNew ? 1 : 0) < (y.0, y.1, y.2, y.3, entries[b].isNew ? 1 : 0)
            }
            var removals: [Int] = []
            var additions: [Int] = []
            var start = 0
            while start < order.count {
                var end = start + 1
                while end < order.count, keys[order[end]] == keys[order[start]] { end += 1 }
                // Only old when the run's last pair is old; only new when its first is new.
                if !entries[order[end - 1]].isNew { removals.append(order[start]) }
                if entries[order[start]].isNew { additions.append(order[start]) }
                start = end
            }
            return (removals, additions)
        }

        /// The pair's person and date, to pair a removal with an addition.
        func personOnDate(_ entry: Int) -> PersonOnDate {
            PersonOnDate(person: NameKey(entries[entry].person), date: entries[entry].slot.date)
        }
    }

    // People as `NameKey`s: hashed on their bytes, not normalised each time.
    private struct PersonOnDate: Hashable {
        let person: NameKey
        let date: LocalDate
    }
}
