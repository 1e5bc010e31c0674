import ZhibanModel

/// The roster being edited and what belongs to it rather than to any view: its revisions, the
/// undo history, whether it is saved, and the volunteers' directory and search index.
///
/// Every view reads the roster from here; only edits, undo and redo, and reloads change it.
struct Document: Sendable {
    /// The roster as edited so far.
    private(set) var roster: Roster
    /// Opened with `--read-only`: nothing can be changed or saved.
    let readOnly: Bool
    /// The revision of the roster on screen; every edit makes a new one.
    private(set) var revision = 0
    /// The revision last saved (or loaded).
    var savedRevision = 0
    /// The number the next edit's revision gets.
    private var nextRevision = 1
    /// The edits that can be undone and redone.
    private(set) var history = UndoHistory()
    /// Work restored from an older recovery folder, which did not keep what it was made on: the
    /// files may have changed since, so a save asks first, as one that found them changed does.
    var filesMayHaveChanged = false
    /// The volunteers by name, and the search index.
    var directory = VolunteerDirectory()
    /// What actually happened (工作实绩纪实), as last read from `served/`: appended to, never
    /// edited, so it is no part of the undo history.
    private(set) var served = ServedRecord([])
    /// Counts the readings of the served record, so figures worked out from it are redone.
    private(set) var servedVersion = 0

    /// A document holding `roster`, its duties sorted. Its names are spelled for search by the
    /// terminal on another thread once the first frame is on screen (`AppState.adoptSearchIndex`),
    /// or here the first time a search needs them.
    init(roster: Roster, readOnly: Bool) {
        self.roster = Document.sorted(roster)
        self.readOnly = readOnly
        directory.update(for: self.roster.volunteers)
    }

    /// Whether there are changes not yet saved.
    var isDirty: Bool { revision != savedRevision }

    /// Makes `edited` the roster as one undoable step named `label`; false when nothing changed.
    mutating func commit(_ edited: Roster, _ label: Localized) -> Bool {
        let change = RosterChange(from: roster, to: edited)
        guard !change.isEmpty else { return false }
        let before = revision
        revision = takeRevision()
        history.record(UndoHistory.Entry(change: change, label: label, revisionBefore: before, revisionAfter: revision))
        roster = edited
        directory.update(for: roster.volunteers)
        return true
    }

    /// Undoes the last edit, returning its label (nil: nothing to undo).
    mutating func undo() -> Localized? {
        guard let entry = history.popUndo() else { return nil }
        entry.change.undo(&roster)
        revision = entry.revisionBefore
        directory.update(for: roster.volunteers)
        return entry.label
    }

    /// Redoes the last undone edit, returning its label (nil: nothing to redo).
    mutating func redo() -> Localized? {
        guard let entry = history.popRedo() else { return nil }
        entry.change.redo(&roster)
        revision = entry.revisionAfter
        directory.update(for: roster.volunteers)
        return entry.label
    }

    /// Puts the roster as it is on disk in place, saved, with a fresh undo history (an undo must
    /// not bring back what the files no longer hold).
    mutating func replace(with fresh: Roster) {
        roster = Document.sorted(fresh)
        // A new revision, so that nothing worked out from the old roster is taken for the new one.
        revision = takeRevision()
        savedRevision = revision
        history = UndoHistory()
        filesMayHaveChanged = false
        directory.update(for: roster.volunteers)
        directory.prepareSearch()  // spell new names now, not at the first filter keystroke
    }

    /// Puts the served record as read from disk in place.
    mutating func replaceServed(with record: ServedRecord) {
        served = record
        servedVersion += 1
    }

    private mutating func takeRevision() -> Int {
        defer { nextRevision += 1 }
        return nextRevision
    }

    private static func sorted(_ roster: Roster) -> Roster {
        var sorted = roster
        if !sorted.dutiesAreSorted { sorted.sortDuties() }
        return sorted
    }
}
