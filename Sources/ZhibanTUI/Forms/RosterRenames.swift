import ZhibanModel

/// Renames carried to every place a name is used, so an edit in a form never leaves a duty or a
/// checkpoint pointing at a name that no longer exists.
extension Roster {
    /// A volunteer's new name, in the duties and as a team's leader.
    mutating func renamePerson(_ old: String, to new: String) {
        for index in duties.indices where duties[index].people.contains(old) {
            duties[index].people = duties[index].people.map { $0 == old ? new : $0 }
        }
        for index in teams.indices where teams[index].leader == old { teams[index].leader = new }
    }

    /// A team's new name, for its members, the checkpoints it keeps or backs up, and the rotations.
    mutating func renameTeam(_ old: String, to new: String) {
        for index in volunteers.indices where volunteers[index].team == old { volunteers[index].team = new }
        for index in checkpoints.indices {
            checkpoints[index].keepers = checkpoints[index].keepers.map { $0 == old ? new : $0 }
            if checkpoints[index].reserve == old { checkpoints[index].reserve = new }
        }
        for index in rotations.indices { rotations[index].teams = rotations[index].teams.map { $0 == old ? new : $0 } }
    }

    /// A checkpoint's new name, in its duties (re-sorted) and rotations.
    mutating func renameCheckpoint(_ old: String, to new: String) {
        for index in duties.indices where duties[index].checkpoint == old { duties[index].checkpoint = new }
        for index in rotations.indices where rotations[index].checkpoint == old { rotations[index].checkpoint = new }
        sortDuties()
    }

    /// A shift's new name, at the checkpoints, in the duties (re-sorted) and in who cannot serve it.
    mutating func renameShift(_ old: String, to new: String) {
        for index in checkpoints.indices { checkpoints[index].shifts = checkpoints[index].shifts.map { $0 == old ? new : $0 } }
        for index in duties.indices where duties[index].shift == old { duties[index].shift = new }
        for index in volunteers.indices where volunteers[index].unavailable.contains(.shift(old)) {
            volunteers[index].unavailable = volunteers[index].unavailable.map { $0 == .shift(old) ? .shift(new) : $0 }
        }
        sortDuties()
    }
}
