import ZhibanModel

/// The changes that `u` undoes and Ctrl-R redoes, each with the revision it leads to so the
/// state knows whether the roster on screen is the one last saved.
struct UndoHistory: Sendable {
    /// One recorded edit.
    struct Entry: Sendable {
        /// What changed.
        var change: RosterChange
        /// What the user did, for the status line: `撤销：排班 王伟`.
        var label: Localized
        /// The revision before the edit.
        var revisionBefore: Int
        /// The revision after the edit.
        var revisionAfter: Int
    }

    /// The most edits kept; older ones fall off.
    static let limit = 500

    private(set) var undoStack: [Entry] = []
    private(set) var redoStack: [Entry] = []

    /// Records an edit; anything undone before can no longer be redone.
    mutating func record(_ entry: Entry) {
        undoStack.append(entry)
        if undoStack.count > UndoHistory.limit { undoStack.removeFirst(undoStack.count - UndoHistory.limit) }
        redoStack.removeAll()
    }

    /// Takes the last edit off the undo stack and onto the redo stack.
    mutating func popUndo() -> Entry? {
        guard let entry = undoStack.popLast() else { return nil }
        redoStack.append(entry)
        return entry
    }

    /// Takes the last undone edit off the redo stack and back onto the undo stack.
    mutating func popRedo() -> Entry? {
        guard let entry = redoStack.popLast() else { return nil }
        undoStack.append(entry)
        return entry
    }
}
