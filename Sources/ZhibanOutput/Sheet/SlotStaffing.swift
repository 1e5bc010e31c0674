import ZhibanModel

/// Who stands on one shift at one checkpoint on one date, and how many places are still open.
public struct SlotStaffing: Hashable, Sendable {
    /// The date the shift starts on.
    public var date: LocalDate
    /// The checkpoint's name.
    public var checkpoint: String
    /// The shift's name.
    public var shift: String
    /// The people on it, in the order of the duty.
    public var people: [String]
    /// Places the checkpoint asks for beyond those filled.
    public var openPlaces: Int

    /// Creates a slot's staffing.
    public init(date: LocalDate, checkpoint: String, shift: String, people: [String], openPlaces: Int) {
        self.date = date
        self.checkpoint = checkpoint
        self.shift = shift
        self.people = people
        self.openPlaces = openPlaces
    }
}
