import ZhibanModel

/// Everything the interface knows: the document (the roster being edited, its undo history,
/// whether it is saved), the view and date shown, what mode the keys are in, and one state per
/// view (its cursor and scroll). A value: the reducer makes a new state from the old one and an
/// action, so every step can be tested on its own.
public struct AppState: Sendable {
    /// The roster, its revisions and undo history, and the volunteers' directory.
    var document: Document
    /// The interface's language.
    public internal(set) var language: Language
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
    /// The minute now on the roster's wall clock (as `TimeSpan` counts), asked when something
    /// is recorded in the served record: the date recorded up to follows it past midnight, and a
    /// day is closed only once its shifts have ended. Nil (tests, unless they set one): `today`
    /// all day, and no wait for the shifts.
    public var clock: (@Sendable () -> Int)?
    /// What the keys are doing.
    public internal(set) var mode: Mode = .normal
    /// The status-line message, if any.
    public internal(set) var message: StatusMessage?
    /// The last `/` search, repeated by n and N.
    var lastSearch: String?
    /// Quit once the save under way succeeds.
    var quitAfterSave = false

    /// The day board: its cursor, scroll, mark and the problems of the cells on screen.
    var day = DayBoardState()
    /// The period grid: what its rows are, its cursor, scroll and span.
    var period = PeriodState()
    /// The problems list and its cursor.
    var problems = ProblemsState()
    /// The stats view: its figures, pane and cursor.
    var stats = StatsState()
    /// The tables of the people, teams and checkpoints views.
    var tables = TablesState()

    /// A state showing `roster`, on today's date if the roster plans it, else its first planned day.
    public init(
        roster: Roster, today: LocalDate, language: Language, readOnly: Bool = false, width: Int = 100, height: Int = 30
    ) {
        document = Document(roster: roster, readOnly: readOnly)
        self.today = today
        self.language = language
        self.width = width
        self.height = height
        if let range = document.roster.dutyDateRange, !range.contains(today) {
            date = range.lowerBound
        } else {
            date = today
        }
        rosterDidChange()
        refreshDerived()
    }

    /// The roster as edited so far.
    public var roster: Roster { document.roster }
    /// The revision of the roster on screen; every edit makes a new one.
    public var revision: Int { document.revision }
    /// Opened with `--read-only`: nothing can be changed or saved.
    public var readOnly: Bool { document.readOnly }

    /// Whether there are changes not yet saved.
    public var isDirty: Bool { document.isDirty }

    /// The volunteers the people search covers: the terminal spells their names in pinyin on
    /// another thread once the first frame is on screen (a quarter of a second on a district),
    /// and hands the index over with `adoptSearchIndex`; a search asked for before builds its own.
    public var searchedVolunteers: [Volunteer] { document.directory.volunteers }

    /// Takes a search index built elsewhere, when it is for the volunteers now in the roster and
    /// search has not been prepared meanwhile.
    public mutating func adoptSearchIndex(_ index: PersonSearchIndex) { document.directory.adopt(index) }

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

    /// Brings the views up to date after the roster changed.
    mutating func rosterDidChange() {
        DayBoardFeature.keepVisible(&self)
        TablesFeature.refresh(&self)
    }

    /// A message in the interface's language.
    mutating func say(_ text: Localized, _ kind: StatusMessage.Kind = .info) {
        message = StatusMessage(text(language), kind)
    }
}
