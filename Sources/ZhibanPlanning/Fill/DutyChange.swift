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
        switch kind {
        case .added: return Localized("新增 \(slot)：\(person)", "added \(slot): \(person)")(language)
        case .removed: return Localized("移除 \(slot)：\(person)", "removed \(slot): \(person)")(language)
        case .moved:
            let move = "\(from.map(\.description) ?? "") → \(slot.shift) \(slot.checkpoint)"
            return Localized("调动 \(person)：\(move)", "moved \(person): \(move)")(language)
        }
    }

    /// The changes between two lists of duties: who is on a shift in `new` but not in `old`
    /// (added), the reverse (removed), and a removal and an addition of one person on the same
    /// date paired as a move. In the order of the day: by date and checkpoint, then by when the
    /// shift starts (`shifts`, as the organizer reads a day: 夜班 00:00 before 早班 08:00, not by
    /// the names; a shift not among them last), then by person.
    public static func between(old: [Duty], new: [Duty], shifts: [Shift]) -> [DutyChange] {
        let before = pairs(old)
        let after = pairs(new)
        let beforeSet = Set(before)
        let afterSet = Set(after)
        let removals = before.filter { !afterSet.contains($0) }
        let additions = after.filter { !beforeSet.contains($0) }
        // Additions waiting for a matching removal, by person and date, earliest slot first.
        var waiting: [PersonOnDate: [Int]] = [:]
        for (position, addition) in additions.enumerated().reversed() {
            waiting[PersonOnDate(person: addition.person, date: addition.slot.date), default: []].append(position)
        }
        var matched = Array(repeating: false, count: additions.count)
        var changes: [DutyChange] = []
        for removal in removals {
            let key = PersonOnDate(person: removal.person, date: removal.slot.date)
            if let position = waiting[key]?.popLast() {
                matched[position] = true
                changes.append(DutyChange(kind: .moved, person: removal.person.text, slot: additions[position].slot, from: removal.slot))
            } else {
                changes.append(DutyChange(kind: .removed, person: removal.person.text, slot: removal.slot))
            }
        }
        for (position, addition) in additions.enumerated() where !matched[position] {
            changes.append(DutyChange(kind: .added, person: addition.person.text, slot: addition.slot))
        }
        let starts = Dictionary(shifts.map { ($0.name, $0.start.minutes) }, uniquingKeysWith: min)
        let key = { (change: DutyChange) in
            (change.slot.date, change.slot.checkpoint, starts[change.slot.shift] ?? Int.max, change.slot.shift, change.person, change.kind.rawValue)
        }
        return changes.sorted { key($0) < key($1) }
    }

    /// Every (slot, person) of the duties, sorted, each once.
    private static func pairs(_ duties: [Duty]) -> [PersonOnSlot] {
        var seen = Set<PersonOnSlot>()
        var list: [PersonOnSlot] = []
        for duty in duties {
            for person in duty.people {
                let pair = PersonOnSlot(slot: duty.slot, person: NameKey(person))
                if seen.insert(pair).inserted { list.append(pair) }
            }
        }
        return list.sorted { ($0.slot, $0.person.text) < ($1.slot, $1.person.text) }
    }

    // People as `NameKey`s: hashed on their bytes, not normalised each time.
    private struct PersonOnDate: Hashable {
        let person: NameKey
        let date: LocalDate
    }

    private struct PersonOnSlot: Hashable {
        let slot: Slot
        let person: NameKey
    }
}
