import ZhibanModel

/// Work left unsaved last time, as offered at the start: the roster it would give and, when the
/// files changed since, what of it no longer applies.
public struct RecoveryOffer: Hashable, Sendable {
    /// How the kept work relates to the files as they are now.
    public enum Basis: Hashable, Sendable {
        /// The files are as they were when the edits were made: restoring gives the kept roster.
        case unchanged
        /// Someone changed the files since: the edits are applied to the files as they are now.
        case changedSince
        /// Kept by an older zhiban, without the roster the edits were made on: whether the files
        /// changed since cannot be told, so restoring it is treated like a save that found the
        /// files changed (a save asks first).
        case unknown
    }

    /// How the kept work relates to the files now.
    public let basis: Basis
    /// The roster after restoring.
    public let restored: Roster
    /// How many records and duty slots the edits change.
    public let changes: Int
    /// Each edit that no longer applies, and why.
    public let notApplied: [Localized]

    /// The offer of `edited`, made on `base` (nil: not known), for the roster `current` now on disk.
    public init(edited: Roster, base: Roster?, current: Roster) {
        var edited = edited
        if !edited.dutiesAreSorted { edited.sortDuties() }
        guard let base else {
            basis = .unknown
            restored = edited
            changes = RosterMerge(base: current, edited: edited, onto: current).applied  // each record unlike the files'
            notApplied = []
            return
        }
        let merge = RosterMerge(base: base, edited: edited, onto: current)
        // The files are as the edits found them when no record of theirs differs from the base's.
        basis = RosterMerge(base: base, edited: current, onto: base).isEmpty ? .unchanged : .changedSince
        restored = basis == .unchanged ? edited : merge.roster
        changes = merge.applied
        notApplied = merge.notApplied
    }

    /// Whether there is nothing to restore: the kept edits are already in the files (saved, or
    /// undone before the end).
    public var isEmpty: Bool { changes == 0 && notApplied.isEmpty }
}
