import ZhibanModel

/// Which place of the roster each duty fills: its checkpoint (by position) and its shift among
/// that checkpoint's shifts, with the roster's definition of the shift. A duty fills none when
/// its checkpoint is unknown or the checkpoint has no such shift, or the roster does not define it.
///
/// Duties come grouped by checkpoint (as zhiban writes them), so a checkpoint's name is looked up
/// once per run of its duties; the shifts are compared with the checkpoint's own few names.
struct DutyPlaces {
    private let index: RosterIndex
    /// Per checkpoint, its shifts as the roster defines them (nil for a name it does not).
    private let shifts: [[Shift?]]
    /// The checkpoint of the duty before, and its position.
    private var last: (name: String, position: Int?) = ("", nil)

    /// Prepares to place the duties of this index's roster.
    init(_ index: RosterIndex) {
        self.index = index
        shifts = index.roster.checkpoints.map { $0.shifts.map { index.shiftsByName[$0] } }
    }

    /// The place the duty fills, or nil.
    mutating func place(of duty: Duty) -> (checkpoint: Int, shift: Int, definition: Shift)? {
        if last.position == nil || !NameKey.same(last.name, duty.checkpoint) {
            last = (duty.checkpoint, index.checkpointIndexByName[duty.checkpoint])
        }
        guard let checkpoint = last.position,
              let shift = index.roster.checkpoints[checkpoint].shifts.firstIndex(where: { NameKey.same($0, duty.shift) }),
              let definition = shifts[checkpoint][shift] else { return nil }
        return (checkpoint, shift, definition)
    }

    /// Whether the roster defines the checkpoint's shift at this position.
    func isDefined(checkpoint: Int, shift: Int) -> Bool { shifts[checkpoint][shift] != nil }
}
