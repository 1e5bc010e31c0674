import ZhibanModel
import ZhibanOutput
import ZhibanPlanning

/// The stats view: moving over the figures, Tab between people and teams; its state is
/// `AppState.stats`.
enum StatsFeature: ViewFeature {
    static func update(_ action: Action, in app: inout AppState) -> [Effect]? {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            app.stats.cursor.apply(action, count: app.stats.rowCount, visible: app.layout.visibleRows(.stats))
        case .nextPane, .previousPane: app.stats.pane = app.stats.pane == .people ? .teams : .people
        default: return nil
        }
        return []
    }

    static func refresh(_ app: inout AppState) {
        if app.stats.figures?.revision != app.revision { app.stats.figures = Derived(revision: app.revision, value: RosterStats(app.roster)) }
        if app.stats.servedFor?.revision != app.revision || app.stats.servedFor?.servedVersion != app.document.servedVersion {
            app.stats.served = ServedBesidePlanned(app.roster, record: app.document.served, dates: app.stats.figures?.value.dates, today: app.today)
            app.stats.servedFor = (app.revision, app.document.servedVersion)
        }
        app.stats.cursor.clamp(count: app.stats.rowCount, visible: app.layout.visibleRows(.stats))
    }

    static func printSheets(_ app: AppState) -> (grouping: SheetGrouping, dates: ClosedRange<LocalDate>) {
        (.team, app.roster.dutyDateRange ?? app.date...app.date)
    }

    static func render(_ app: AppState, into screen: inout Screen, at rect: Rect) {
        StatsView.render(app, into: &screen, at: rect)
    }
}
