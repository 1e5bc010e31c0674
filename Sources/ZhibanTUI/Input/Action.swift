import ZhibanModel

/// Something the user asked for (through the key map) or something the edge reports back.
/// The reducer turns the current state and one action into the next state and its effects.
public enum Action: Hashable, Sendable {
    // Moving around.
    /// Cursor up one row.
    case moveUp
    /// Cursor down one row.
    case moveDown
    /// Cursor one place left.
    case moveLeft
    /// Cursor one place right.
    case moveRight
    /// Up one screenful.
    case pageUp
    /// Down one screenful.
    case pageDown
    /// To the first row.
    case first
    /// To the last row.
    case last
    /// The day before.
    case previousDay
    /// The day after.
    case nextDay
    /// Today.
    case today
    /// Shows a view.
    case show(ViewKind)
    /// The next pane of a view with several (or the next view).
    case nextPane
    /// The previous pane (or the previous view).
    case previousPane

    // Modes.
    /// Opens the `:` command line.
    case openCommandLine
    /// Opens `/` search.
    case openSearch
    /// Finds the next match of the last search.
    case searchNext
    /// Finds the previous match of the last search.
    case searchPrevious
    /// Opens the live filter of a table.
    case openFilter
    /// Shows the help for the keys that work here.
    case openHelp

    // Editing the day board.
    /// Puts someone on the place under the cursor, from a pick list.
    case assign
    /// Takes the person off the place under the cursor.
    case unassign
    /// Marks a place; at a second place, swaps the two (or moves into an empty one).
    case swapOrMove
    /// Pins or unpins the duty under the cursor (the planner never changes a pinned duty).
    case togglePin
    /// Re-plans a range of dates, with a preview before anything changes.
    case replan
    /// The person under the cursor cannot serve from a date (to a date): off those duties, with
    /// a preview of who stands in.
    case sickCall
    /// Previews the print of the current view.
    case printPreview
    /// Writes the previewed print to a file.
    case writeToFile
    /// Sends the previewed print to the printer with `lp`.
    case sendToPrinter
    /// Shows phone numbers in the previewed print, or leaves them off.
    case togglePhones

    // Tables.
    /// Adds a record through a form.
    case add
    /// Edits the record under the cursor through a form.
    case edit
    /// Deletes the record under the cursor (after asking).
    case delete
    /// Sorts by the next column.
    case sortNext
    /// Reverses the sort.
    case sortReverse

    // Period grid and problems.
    /// Opens the day under the cursor on the day board.
    case openDay
    /// Switches the period grid between checkpoints and people.
    case togglePeriodRows
    /// Shows the month, or 7, 14 or 31 days from the date under the cursor, in turn.
    case switchPeriodSpan

    // History and file.
    /// Undoes the last change.
    case undo
    /// Redoes the last undone change.
    case redo
    /// Saves the roster.
    case save
    /// Quits (asking first when there is unsaved work).
    case quit
    /// Suspends the program (Ctrl-Z).
    case suspend
    /// Redraws the whole terminal (Ctrl-L).
    case redraw

    // Input modes.
    /// Edits the text being typed.
    case text(TextEdit)
    /// Pasted text: for the field that has focus (a form takes a copied spreadsheet row or
    /// column into its fields); ignored, with a message, where nothing takes text.
    case paste(String)
    /// Enter in a text field, a list or a form.
    case submit
    /// Esc: backs out of the current mode.
    case cancel
    /// Tab on the command line: completes the command.
    case complete
    /// Moves to the next form field or list entry.
    case nextField
    /// Moves to the previous form field or list entry.
    case previousField
    /// Answers a question.
    case answer(Answer)
    /// Records what happened on the day board (到, 缺, 替, times, 加班, a handover note, closing the day).
    case record(ServedAction)

    // Reports from the edge.
    /// The terminal has a new size.
    case resize(width: Int, height: Int)
    /// A save asked for by `Effect.save` finished; `problem` says what went wrong, if anything.
    case saveFinished(revision: Int, problem: SaveProblem?)
    /// A reload asked for by `Effect.reload` finished: the roster as it is on disk now, or why
    /// it could not be read (the roster on screen is then kept).
    case reloadFinished(roster: Roster?, error: Localized?)
    /// The folder proposed for a copy (`Effect.proposeCopyFolder`): the `:saveas` line opens with it.
    case copyFolderProposed(String)
    /// A print or file write asked for by an effect finished, with what to tell the user.
    case outputFinished(message: String, failed: Bool)
    /// The unsaved work could not be kept in the recovery folder (a full disk), for this reason.
    case keepingUnsavedWorkFailed(String)
    /// An append asked for by `Effect.recordServed` finished: the events as written and the
    /// record read again, or why nothing was written.
    case servedRecorded(events: [ServedEvent], record: ServedRecord?, error: Localized?)
    /// The served record was read (at start, after a reload): the record, or why it could not be.
    case servedLoaded(record: ServedRecord?, error: Localized?)
}

/// An answer to a question the interface asked.
public enum Answer: Hashable, Sendable {
    /// Yes, go ahead.
    case yes
    /// No, back out.
    case no
    /// Save first, then go ahead.
    case saveFirst
    /// Read the files again from disk, dropping the unsaved work.
    case reload
    /// Save the work as a copy in another folder (asks for the folder).
    case saveAs
}
