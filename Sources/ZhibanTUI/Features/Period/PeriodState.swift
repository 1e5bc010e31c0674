import ZhibanModel

/// Where the user is in the period grid: what its rows are, the cursor row (the column is the
/// date shown), the first date column shown, and how many days it shows.
struct PeriodState: Sendable {
    /// What the rows are.
    var rows = PeriodRows.checkpoints
    /// The cursor row.
    var cursor = ListCursor()
    /// The first date column shown (days after the first day of the period).
    var columnScroll = 0
    /// How many days the grid shows: the month, or 7, 14 or 31 days from `start`.
    var span = PeriodSpan.month
    /// The first day shown when the grid shows a number of days.
    var start = LocalDate(year: 2000, month: 1, day: 1)!

    /// The number of rows: checkpoints or volunteers.
    func rowCount(in roster: Roster) -> Int {
        switch rows {
        case .checkpoints: return roster.checkpoints.count
        case .people: return roster.volunteers.count
        }
    }

    /// The days shown around `date`: its month, or a number of days from `start`.
    func range(around date: LocalDate) -> ClosedRange<LocalDate> {
        switch span {
        case .month:
            let first = LocalDate(year: date.year, month: date.month, day: 1)!
            return first...first.adding(days: LocalDate.daysIn(month: date.month, year: date.year) - 1)
        case .days(let count): return start...start.adding(days: count - 1)
        }
    }

    /// Keeps the cursor row and the date column of `date` on screen (and a span of days around it).
    mutating func keepVisible(_ date: LocalDate, layout: PeriodLayout, rowCount: Int) {
        cursor.clamp(count: rowCount, visible: layout.visibleRows)
        if case .days(let count) = span {
            if date < start { start = date }
            if date > start.adding(days: count - 1) { start = date.adding(days: -(count - 1)) }
        }
        let range = range(around: date)
        let days = range.lowerBound.distance(to: range.upperBound) + 1
        columnScroll = Scrolling.offset(keeping: range.lowerBound.distance(to: date), visible: layout.visibleDays, from: columnScroll)
        columnScroll = min(columnScroll, max(0, days - layout.visibleDays))
    }
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
