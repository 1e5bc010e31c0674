import ZhibanModel
import ZhibanPlanning

extension AppState {
    /// Works out what the current view needs from the roster and has not yet got for this
    /// revision: the day's problems, the table's rows, the problem list, the figures.
    mutating func refreshDerived() {
        switch view {
        case .day:
            if boardLayout?.fits(roster) != true {
                boardLayout = BoardLayout(roster: roster)
                keepBoardCursorVisible()
            }
            let window = BoardWindow(revision: revision, date: date, rows: boardRowsOnScreen, language: language)
            if problemsFound != window {
                let names = Set(window.rows.map { dayBoard.layout.checkpoints[$0].name })
                problems = DayProblems.of(roster, on: date, checkpoints: names, directory: directory, language: language)
                problemsFound = window
            }
        case .people, .teams, .checkpoints:
            refreshActiveTable()
        case .problems, .period:
            if problemList?.revision != revision { problemList = Derived(revision: revision, value: ProblemList(roster)) }
            if view == .problems { problemsCursor.clamp(count: problemList?.value.entries.count ?? 0, visible: problemsVisibleRows) }
            if view == .period { keepPeriodCursorVisible() }  // rows may have gone (a deletion, a reload)
        case .stats:
            if stats?.revision != revision { stats = Derived(revision: revision, value: RosterStats(roster)) }
            statsCursor.clamp(count: statsRowCount, visible: statsVisibleRows)
        }
    }

    /// Rows in the current stats pane.
    var statsRowCount: Int {
        guard let figures = stats?.value else { return 0 }
        switch statsPane {
        case .people: return figures.people.count
        case .teams: return figures.teams.count + 2 + figures.coverage.count
        }
    }
}
