import ZhibanModel
import ZhibanOutput

/// The day board as a view: moving over the places, filling and clearing them, swapping, pinning,
/// a sick call; its state is `AppState.day`.
enum DayBoardFeature: ViewFeature {
    static func update(_ action: Action, in app: inout AppState) -> [Effect]? {
        switch action {
        case .moveUp, .moveDown, .moveLeft, .moveRight, .pageUp, .pageDown, .first, .last:
            app.day.move(action, on: app.dayBoard, visible: app.boardVisibleLines)
        case .assign: app.openPickList()
        case .unassign: app.unassign()
        case .swapOrMove: app.swapOrMove()
        case .togglePin: app.togglePin()
        case .sickCall: app.openSickCall()
        case .record(let served): return app.startRecording(served)
        default: return nil
        }
        return []
    }

    static func refresh(_ app: inout AppState) {
        app.day.refresh(app.document, on: app.date, language: app.language, visible: app.boardVisibleLines)
    }

    static func keepVisible(_ app: inout AppState) {
        app.day.keepCursorVisible(on: app.dayBoard, visible: app.boardVisibleLines)
    }

    static func search(_ query: String, forward: Bool, in app: inout AppState) {
        app.searchBoard(query, forward: forward)
    }

    static func printSheets(_ app: AppState) -> (grouping: SheetGrouping, dates: ClosedRange<LocalDate>) {
        (.date, app.date...app.date)
    }

    static func render(_ app: AppState, into screen: inout Screen, at rect: Rect) {
        DayBoardView.render(app, into: &screen, at: rect)
    }
}

extension AppState {
    /// The day board of the date shown.
    var dayBoard: DayBoard { day.board(of: document, on: date) }

    /// Day-board lines that fit under the column headings.
    var boardVisibleLines: Int { layout.visibleRows(.board) }

    /// Puts the day-board cursor on a slot (and a person in it), or on the first place of a
    /// checkpoint or person by name.
    mutating func pointBoard(at name: String?, slot: Slot?) {
        let places = dayBoard.allPlaces().filter { slot == nil || $0.cell.slot == slot }
        if let person = places.first(where: { $0.cell.places[$0.cursor.place].person == name })
            ?? places.first(where: { slot != nil || $0.cell.slot.checkpoint == name }) {
            day.cursor = person.cursor
        }
    }

    /// Shows the day board of the date shown with the cursor on a slot (and a person in it), or
    /// on the first place of a checkpoint or person by name: Enter on the period grid and the
    /// problems list.
    mutating func openDay(at name: String?, slot: Slot?) {
        view = .day
        if let slot { date = slot.date }
        if name != nil || slot != nil { pointBoard(at: name, slot: slot) }
        DayBoardFeature.keepVisible(&self)
    }
}
