/// Where the parts of the interface go on a screen of a given size: a title bar at the top, the
/// view's body, a status line and the footer of keys at the bottom.
struct Layout: Sendable {
    /// The title bar.
    let title: Rect
    /// The view's area.
    let body: Rect
    /// The status line (messages, prompts, the legend).
    let status: Rect
    /// The keys that work here.
    let footer: Rect

    /// The layout of a `width`×`height` screen.
    init(width: Int, height: Int) {
        title = Rect(x: 0, y: 0, width: width, height: 1)
        body = Rect(x: 0, y: 1, width: width, height: height - 3)
        status = Rect(x: 0, y: height - 2, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
    }

    /// The rows of `part` that scroll, as the view drawing it lays them out under its headings:
    /// the reducer pages and keeps cursors visible by these, so they always match the screen.
    func scrollArea(_ part: ScrollingPart) -> Rect {
        switch part {
        case .board: DayBoardView.scrollArea(in: body)
        case .period: PeriodGridView.scrollArea(in: body)
        case .table: TableView.scrollArea(in: body)
        case .stats: StatsView.scrollArea(in: body)
        case .problems: ProblemsView.scrollArea(in: body)
        case .pickList: PickListView.scrollArea(in: body)
        case .preview: PreviewView.scrollArea(in: body)
        case .help: HelpView.scrollArea(in: body)
        }
    }

    /// How many rows of `part` show at once (at least one, so paging always moves).
    func visibleRows(_ part: ScrollingPart) -> Int {
        max(1, scrollArea(part).height)
    }
}

/// A part of the screen that scrolls, each drawn by one view.
enum ScrollingPart: Sendable {
    case board, period, table, stats, problems, pickList, preview, help
}
