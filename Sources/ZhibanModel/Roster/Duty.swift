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
    /// Set by a hand edit: the planner never changes a pinned duty.
    public var pinned: Bool
    /// Free text.
    public var note: String
    /// Where it was defined, for messages.
    public var location: SourceLocation?

    /// Creates a duty.
    public init(
        date: LocalDate, shift: String, checkpoint: String, people: [String], pinned: Bool = false, note: String = "",
        location: SourceLocation? = nil
    ) {
        self.date = date
        self.shift = shift
        self.checkpoint = checkpoint
        self.people = people
        self.pinned = pinned
        self.note = note
        self.location = location
    }

    /// The slot this duty fills: date, shift and checkpoint.
    public var slot: Slot { Slot(date: date, shift: shift, checkpoint: checkpoint) }

    public static func == (lhs: Duty, rhs: Duty) -> Bool {
        lhs.date == rhs.date && lhs.shift == rhs.shift && lhs.checkpoint == rhs.checkpoint && lhs.people == rhs.people
            && lhs.pinned == rhs.pinned && lhs.note == rhs.note
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
    public var description: String { "\(date) \(shift) \(checkpoint)" }

    /// Orders by date, then checkpoint name, then shift name (a stable, file-friendly order).
    public static func < (lhs: Slot, rhs: Slot) -> Bool {
        (lhs.date, lhs.checkpoint, lhs.shift) < (rhs.date, rhs.checkpoint, rhs.shift)
    }
}
