/// One shift at one checkpoint on one date, and the people on it (值班).
public struct Duty: Hashable, Sendable {
    /// The date the shift starts on.
    public var date: LocalDate
    /// The shift's name.
    public var shift: String
    /// The checkpoint's name.
    public var checkpoint: String
    /// The people on it, in the order shown.
    public var people: [String]
    /// The whole shift is pinned (the pin key, or `是` in the files): the planner neither
    /// changes its people nor fills its empty places.
    public var pinned: Bool
    /// The people a hand edit put here: the planner keeps them on this shift, but still fills
    /// the shift's other empty places and may re-plan its other people.
    public var pinnedPeople: [String]
    /// Free text.
    public var note: String
    /// Where it was defined, for messages.
    public var location: SourceLocation?

    /// Creates a duty.
    public init(
        date: LocalDate, shift: String, checkpoint: String, people: [String], pinned: Bool = false,
        pinnedPeople: [String] = [], note: String = "", location: SourceLocation? = nil
    ) {
        self.date = date
        self.shift = shift
        self.checkpoint = checkpoint
        self.people = people
        self.pinned = pinned
        self.pinnedPeople = pinnedPeople
        self.note = note
        self.location = location
    }

    /// The slot this duty fills: date, shift and checkpoint.
    public var slot: Slot { Slot(date: date, shift: shift, checkpoint: checkpoint) }

    /// The people, each name once, in the order of their first mention (a name written twice
    /// is one person on the shift).
    public var distinctPeople: [String] {
        guard repeatsAPerson else { return people }  // almost always: no new list
        var distinct: [String] = []
        for name in people where !distinct.contains(where: { NameKey.same($0, name) }) { distinct.append(name) }
        return distinct
    }

    /// Whether a name comes twice among the people (as `NameKey` compares: canonically equal).
    public var repeatsAPerson: Bool {
        people.indices.contains { position in people[..<position].contains { NameKey.same($0, people[position]) } }
    }

    /// Whether the planner must leave this person here: the whole shift is pinned, or a hand
    /// edit put them here.
    public func isPinned(_ person: String) -> Bool { pinned || pinnedPeople.contains(person) }

    public static func == (lhs: Duty, rhs: Duty) -> Bool {
        lhs.date == rhs.date && lhs.shift == rhs.shift && lhs.checkpoint == rhs.checkpoint && lhs.people == rhs.people
            && lhs.pinned == rhs.pinned && lhs.pinnedPeople == rhs.pinnedPeople && lhs.note == rhs.note
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(slot) }
}

/// A place to fill: one shift at one checkpoint on one date.
public struct Slot: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The date the shift starts on.
    public var date: LocalDate
    /// The shift's name.
    public var shift: String
    /// The checkpoint's name.
    public var checkpoint: String

    /// Creates a slot.
    public init(date: LocalDate, shift: String, checkpoint: String) {
        self.date = date
        self.shift = shift
        self.checkpoint = checkpoint
    }

    /// `2022-04-09 夜班 南门`.
    public var description: String {
        var text = String()
        append(to: &text)
        return text
    }

    /// The description added to the end of `text`, with no string of its own in between (a
    /// district plan lists 90,000 changes, each naming a slot).
    public func append(to text: inout String) {
        text += date.description
        text += " "
        text += shift
        text += " "
        text += checkpoint
    }

    /// Equal as the names are (`NameKey`: bytes where that is the same).
    public static func == (lhs: Slot, rhs: Slot) -> Bool {
        lhs.date == rhs.date && NameKey.same(lhs.shift, rhs.shift) && NameKey.same(lhs.checkpoint, rhs.checkpoint)
    }

    /// Hashed as the names are, without normalising Chinese names each time (`NameKey`): slots
    /// key the tables of a district month, hashed hundreds of thousands of times.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        NameKey.hash(shift, into: &hasher)
        NameKey.hash(checkpoint, into: &hasher)
    }

    /// Orders by date, then checkpoint name, then shift name (a stable, file-friendly order).
    public static func < (lhs: Slot, rhs: Slot) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        let checkpoints = NameKey.order(lhs.checkpoint, rhs.checkpoint)
        return checkpoints.same ? NameKey.order(lhs.shift, rhs.shift).before : checkpoints.before
    }
}
