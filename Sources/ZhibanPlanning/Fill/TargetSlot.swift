import ZhibanModel

/// One place-to-fill of the planned range: a slot of a checkpoint with its time, its needs,
/// whether a hand edit pinned it, and whose turn the rotations say it is.
struct TargetSlot: Sendable {
    /// The slot.
    let slot: Slot
    /// The checkpoint's position in the roster.
    let checkpoint: Int
    /// The shift.
    let shift: Shift
    /// When it runs, as the ledger records it.
    let busy: BusySpan
    /// People it needs.
    let needed: Int
    /// What it needs beyond the head count.
    let requirements: [Requirement]
    /// The shift's position in the checkpoint's shifts (ties between slots starting together).
    let layer: Int
    /// What the rotations ask for.
    let designation: Designation
    /// The whole shift pinned: never changed.
    var pinned = false
    /// The people a hand edit put here, kept on it by every plan (the other places are planned).
    var pinnedPeople: [String] = []
    /// The note of the duty already there, carried over.
    var note = ""
    /// The duty already there (its location is kept for messages).
    var existing: Duty?
}
