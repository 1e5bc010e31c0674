import ZhibanModel
import ZhibanOutput

/// The period grid as a view: rows up and down, days left and right, what the rows are and how
/// many days show, Enter opens the day, and a re-plan or print of the days shown; its state is
/// `AppState.period`.
enum PeriodFeature: ViewFeature {
    static func update(_ action: Action, in app: inout AppState) -> [Effect]? {
        switch action {
        case .moveLeft: app.date = app.date.adding(days: -1)
        case .moveRight: app.date = app.date.adding(days: 1)
        case .moveUp, .moveDown, .pageUp, .pageDown, .first, .last:
            app.period.cursor.apply(action, count: app.periodRowCount, visible: app.periodLayout.visibleRows)
        case .openDay:
            app.openDay(at: app.periodRowName, slot: nil)
            return []
        case .togglePeriodRows:
            app.period.rows = app.period.rows == .checkpoints ? .people : .checkpoints
            app.period.cursor = ListCursor()
        case .switchPeriodSpan: app.switchPeriodSpan()
        case .replan:
            let days = app.periodFromToday
            app.openReplan(from: days.lowerBound, to: days.upperBound)
            return []
        default: return nil
        }
        keepVisible(&app)
        return []
    }

    static func refresh(_ app: inout AppState) {
        app.problems.refreshList(app.document)
        keepVisible(&app)  // rows may have gone (a deletion, a reload)
    }

    static func keepVisible(_ app: inout AppState) {
        app.period.keepVisible(app.date, layout: app.periodLayout, rowCount: app.periodRowCount)
    }

    static func printSheets(_ app: AppState) -> (grouping: SheetGrouping, dates: ClosedRange<LocalDate>) {
        (.checkpoint, app.periodFromToday)
    }

    static func render(_ app: AppState, into screen: inout Screen, at rect: Rect) {
        PeriodGridView.render(app, into: &screen, at: rect)
    }
}

extension AppState {
    /// How the period grid is laid out at this size.
    var periodLayout: PeriodLayout { PeriodLayout(width: width, height: height, roster: roster, rows: period.rows) }

    /// Rows of the period grid: checkpoints or volunteers.
    var periodRowCount: Int { period.rowCount(in: roster) }

    /// The days the period grid shows: the month of the date shown, or a number of days from a
    /// chosen date (moved along when the date shown leaves them).
    var periodRange: ClosedRange<LocalDate> { period.range(around: date) }

    /// Where the period's re-plan and print start: today when the period holds it (days already
    /// past are re-planned only when asked for in the form), else the period's first day.
    var periodFromToday: ClosedRange<LocalDate> {
        let range = periodRange
        return range.contains(today) ? today...range.upperBound : range
    }

    /// The name of the checkpoint or person on the cursor row.
    fileprivate var periodRowName: String? {
        switch period.rows {
        case .checkpoints: return roster.checkpoints[safe: period.cursor.row]?.name
        case .people: return roster.volunteers[safe: period.cursor.row]?.name
        }
    }

    /// Shows the month, then 7, 14 or 31 days from the date under the cursor.
    fileprivate mutating func switchPeriodSpan() {
        period.span = period.span.next
        period.start = date
        period.columnScroll = 0
        if case .days(let count) = period.span {
            say(Localized("显示 \(DateText.short(date, .zh)) 起 \(count) 天", "Showing \(count) days from \(DateText.short(date, .en))"))
        } else {
            say(Localized("显示整月", "Showing the whole month"))
        }
    }
}
