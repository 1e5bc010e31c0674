import ZhibanModel
import ZhibanPlanning

/// Everything the interface knows: the roster being edited, where the user is, what mode the
/// keys are in, the undo history and whether the roster is saved. A value: the reducer makes a
/// new state from the old one and an action, so every step can be tested on its own.
public struct AppState: Sendable {
    /// The roster as edited so far.
    public internal(set) var roster: Roster
    /// The interface's language.
    public internal(set) var language: Language
    /// Opened with `--read-only`: nothing can be changed or saved.
    public let readOnly: Bool
    /// Terminal columns.
    public internal(set) var width: Int
    /// Terminal rows.
    public internal(set) var height: Int
    /// The view on screen.
    public internal(set) var view: ViewKind = .day
    /// The date the day board shows (and the period grid's cursor column).
    public internal(set) var date: LocalDate
    /// Today's date, for `t`.
    public let today: LocalDate
    /// What the keys are doing.
    public internal(set) var mode: Mode = .normal
    /// The status-line message, if any.
    public internal(set) var message: StatusMessage?
    /// The revision of the roster on screen; every edit makes a new one.
    public internal(set) var revision = 0

    /// Each table's cursor, sort and filter, by `TableKind.rawValue`.
    var tables = Array(repeating: TableState(), count: TableKind.allCases.count)
    /// The pane shown in the checkpoints view: checkpoints or shifts.
    var checkpointPane = TableKind.checkpoints
    /// The cursor on the problems list.
    var problemsCursor = ListCursor()
    /// The pane of the stats view: people or teams.
    var statsPane = StatsPane.people
    /// The cursor on the stats rows.
    var statsCursor = ListCursor()
    /// What the period grid's rows are.
    var periodRows = PeriodRows.checkpoints
    /// The cursor row of the period grid (the column is the date shown).
    var periodCursor = ListCursor()
    /// The first date column shown in the period grid (days after the first day of the period).
    var periodColumnScroll = 0
    /// How many days the period grid shows: the month, or 7, 14 or 31 days from `periodStart`.
    var periodSpan = PeriodSpan.month
    /// The first day shown when the period grid shows a number of days.
    var periodStart = LocalDate(year: 2000, month: 1, day: 1)!
    /// Every problem of the roster, for the problems view and the period grid.
    var problemList: Derived<ProblemList>?
    /// The figures of the stats view.
    var stats: Derived<RosterStats>?
    /// The day board's rows and columns, kept until the checkpoints or shifts change.
    var boardLayout: BoardLayout?
    /// What the day board's problems were found for: the revision, the date, the rows on screen
    /// and the language.
    var problemsFound: BoardWindow?
    /// The cursor on the day board.
    var board = BoardCursor()
    /// The first day-board line shown.
    var boardScroll = 0
    /// A place marked with `s`, waiting for the second place to swap with.
    var mark: PlaceMark?
    /// The last `/` search, repeated by n and N.
    var lastSearch: String?
    /// The edits that can be undone and redone.
    var history = UndoHistory()
    /// The revision last saved (or loaded).
    var savedRevision = 0
    /// The number the next edit's revision gets.
    var nextRevision = 1
    /// Quit once the save under way succeeds.
    var quitAfterSave = false
    /// Work restored from an older recovery folder, which did not keep what it was made on: the
    /// files may have changed since, so a save asks first, as one that found them changed does.
    var filesMayHaveChanged = false
    /// The volunteers by name, and the search index.
    var directory = VolunteerDirectory()
    /// The problems of the day board's cells on screen, by slot.
    var problems = SlotProblems()

    /// A state showing `roster`, on today's date if the roster plans it, else its first planned day.
    public init(
        roster: Roster, today: LocalDate, language: Language, readOnly: Bool = false, width: Int = 100, height: Int = 30
    ) {
        var sorted = roster
        if !sorted.dutiesAreSorted { sorted.sortDuties() }
        self.roster = sorted
        self.today = today
        self.language = language
        self.readOnly = readOnly
        self.width = width
        self.height = height
        if let range = sorted.dutyDateRange, !range.contains(today) {
            date = range.lowerBound
        } else {
            date = today
        }
        rosterDidChange()
        refreshDerived()
    }

    /// The volunteers the people search covers: the terminal spells their names in pinyin on
    /// another thread once the first frame is on screen (about 0.15 s on a district),
    /// and hands the index over with `adoptSearchIndex`; a search asked for before builds its own.
    public var searchedVolunteers: [Volunteer] { directory.volunteers }

    /// Takes a search index built elsewhere, when it is for the volunteers now in the roster and
    /// search has not been prepared meanwhile.
    public mutating func adoptSearchIndex(_ index: PersonSearchIndex) { directory.adopt(index) }

    /// Whether there are changes not yet saved.
    public var isDirty: Bool { revision != savedRevision }

    /// Whether the terminal is too small to draw the interface (below 60×18).
    public var isTooSmall: Bool { width < AppState.minimumWidth || height < AppState.minimumHeight }

    /// Where the parts of the interface go on this terminal; the views' scrolling areas come from it.
    var layout: Layout { Layout(width: width, height: height) }

    /// The smallest usable terminal width.
    public static let minimumWidth = 60
    /// The smallest usable terminal height.
    public static let minimumHeight = 18

    /// Where keys are read now: the key map's context.
    public var keyContext: KeyContext {
        if isTooSmall { return .tooSmall }
        switch mode {
        case .normal: return .view(view)
        case .commandLine: return .commandLine
        case .search, .filter: return .textPrompt
        case .pickList: return .pickList
        case .form(let form): return form.isAskingToDiscard ? .confirm([.yes, .no]) : .form
        case .confirm(let question): return .confirm(question.answers)
        case .help: return .help
        case .replanPreview: return .replanPreview
        case .printPreview: return .printPreview
        }
    }

    /// Brings the derived look-ups up to date after the roster changed.
    mutating func rosterDidChange() {
        directory.update(for: roster.volunteers)
        keepBoardCursorVisible()
        refreshActiveTable()
    }

    /// A message in the interface's language.
    mutating func say(_ text: Localized, _ kind: StatusMessage.Kind = .info) {
        message = StatusMessage(text(language), kind)
    }
}

/// A value worked out from one revision of the roster, kept until the roster changes.
struct Derived<Value: Sendable>: Sendable {
    /// The revision it was worked out for.
    var revision: Int
    /// The value.
    var value: Value
}

/// The cells of the day board on screen: the roster revision, the date and the rows, and the
/// language their problems are said in.
struct BoardWindow: Hashable, Sendable {
    var revision: Int
    var date: LocalDate
    var rows: [Int]
    var language: Language
}

/// The panes of the stats view.
public enum StatsPane: Hashable, Sendable {
    /// Hours and nights per person.
    case people
    /// Load and spread per team, and coverage per checkpoint.
    case teams
}

/// How many days the period grid shows.
public enum PeriodSpan: Hashable, Sendable {
    /// The month of the date shown.
    case month
    /// A number of days from a chosen date.
    case days(Int)

    /// The span after this one: the month, then 7, 14 and 31 days.
    var next: PeriodSpan {
        switch self {
        case .month: return .days(7)
        case .days(7): return .days(14)
        case .days(14): return .days(31)
        case .days: return .month
        }
    }
}

/// What the rows of the period grid are.
public enum PeriodRows: Hashable, Sendable {
    /// One row per checkpoint: coverage per day.
    case checkpoints
    /// One row per volunteer: their shifts per day.
    case people
}

/// A place marked for a swap or move: a slot and the place in it.
public struct PlaceMark: Hashable, Sendable {
    /// The slot.
    public var slot: Slot
    /// The place in it.
    public var place: Int
}
