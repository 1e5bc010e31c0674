extension Roster {
    /// The shift that takes over from `slot` at its checkpoint: the next of the checkpoint's
    /// shifts that day, or the first one of the next day. Nil for an unknown checkpoint or shift.
    public func slot(after slot: Slot) -> Slot? {
        guard let shifts = checkpoint(named: slot.checkpoint)?.shifts, let position = shifts.firstIndex(of: slot.shift) else {
            return nil
        }
        if position + 1 < shifts.count { return Slot(date: slot.date, shift: shifts[position + 1], checkpoint: slot.checkpoint) }
        return Slot(date: slot.date.adding(days: 1), shift: shifts[0], checkpoint: slot.checkpoint)
    }

    /// The handover notes the people of `slot` should read: those left by the shift before them.
    public func handovers(for slot: Slot, in record: ServedRecord) -> [ServedEvent] {
        record.notes.filter { self.slot(after: $0.slot) == slot }
    }
}
