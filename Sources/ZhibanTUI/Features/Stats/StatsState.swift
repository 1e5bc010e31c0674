import ZhibanModel
import ZhibanPlanning

/// The stats view: the figures, worked out once per revision, the pane shown and the cursor.
struct StatsState: Sendable {
    /// The figures.
    var figures: Derived<RosterStats>?
    /// What was served beside them (nil until something is recorded), and the roster revision
    /// and reading of the served record it was worked out for.
    var served: ServedBesidePlanned?
    var servedFor: (revision: Int, servedVersion: Int)?
    /// People or teams.
    var pane = StatsPane.people
    /// The cursor on the rows.
    var cursor = ListCursor()

    /// Rows in the pane shown.
    var rowCount: Int {
        guard let figures = figures?.value else { return 0 }
        switch pane {
        case .people: return figures.people.count
        case .teams: return figures.teams.count + 2 + figures.coverage.count
        }
    }
}

/// The panes of the stats view.
public enum StatsPane: Hashable, Sendable {
    /// Hours and nights per person.
    case people
    /// Load and spread per team, and coverage per checkpoint.
    case teams
}

