import ZhibanModel
import ZhibanOutput

/// The people, teams and checkpoints views, each a table: moving, sorting, filtering, adding,
/// editing and deleting records, Tab between the checkpoints view's panes; their state is
/// `AppState.tables`.
enum TablesFeature: ViewFeature {
    static func update(_ action: Action, in app: inout AppState) -> [Effect]? {
        switch action {
        case .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .first, .last: app.moveTableCursor(action)
        case .openFilter: if let kind = app.activeTable { app.mode = .filter(TextField(app.tables[kind].filter)) }
        case .add: app.addRecord()
        case .edit: app.editRecord()
        case .delete: app.deleteRecord()
        case .sortNext, .sortReverse: app.sortTable(action)
        case .nextPane, .previousPane:
            guard app.view == .checkpoints else { return nil }
            app.tables.switchPane(forward: action == .nextPane)
        default: return nil
        }
        return []
    }

    static func refresh(_ app: inout AppState) {
        app.refreshActiveTable()
    }

    static func keepVisible(_ app: inout AppState) {
        app.refreshActiveTable()
    }

    static func search(_ query: String, forward: Bool, in app: inout AppState) {
        app.searchTable(query, forward: forward)
    }

    static func printSheets(_ app: AppState) -> (grouping: SheetGrouping, dates: ClosedRange<LocalDate>) {
        let grouping: SheetGrouping
        switch app.view {
        case .people: grouping = .person
        case .teams: grouping = .team
        default: grouping = .checkpoint
        }
        return (grouping, app.roster.dutyDateRange ?? app.date...app.date)
    }

    static func render(_ app: AppState, into screen: inout Screen, at rect: Rect) {
        if let kind = app.activeTable { TableView.render(app, kind: kind, into: &screen, at: rect) }
    }
}
