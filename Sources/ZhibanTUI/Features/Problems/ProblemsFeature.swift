import ZhibanModel
import ZhibanOutput

/// The problems list as a view: moving over the problems, Enter shows one on the day board; its
/// state is `AppState.problems`.
enum ProblemsFeature: ViewFeature {
    static func update(_ action: Action, in app: inout AppState) -> [Effect]? {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            app.problems.cursor.apply(action, count: app.problems.count, visible: app.layout.visibleRows(.problems))
        case .openDay:
            guard let entry = app.problems.list?.value.entries[safe: app.problems.cursor.row] else { return [] }
            app.openDay(at: entry.person, slot: entry.slot)
        default: return nil
        }
        return []
    }

    static func refresh(_ app: inout AppState) {
        app.problems.refreshList(app.document)
        app.problems.cursor.clamp(count: app.problems.count, visible: app.layout.visibleRows(.problems))
    }

    static func printSheets(_ app: AppState) -> (grouping: SheetGrouping, dates: ClosedRange<LocalDate>) {
        (.date, app.date...app.date)
    }

    static func render(_ app: AppState, into screen: inout Screen, at rect: Rect) {
        ProblemsView.render(app, into: &screen, at: rect)
    }
}
