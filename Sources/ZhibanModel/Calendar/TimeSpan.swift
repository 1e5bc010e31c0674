/// A stretch of local wall-clock time, in minutes since 1970-01-01 00:00 (no time zone).
///
/// Used to compare duties across days: rest between two shifts, overlap, hours per day.
public struct TimeSpan: Hashable, Sendable, Comparable {
    /// First minute of the span.
    public let start: Int
    /// The minute the span ends (exclusive).
    public let end: Int

    /// Creates a span; `end` must not be before `start`.
    public init(start: Int, end: Int) {
        precondition(end >= start, "a time span cannot end before it starts")
        self.start = start
        self.end = end
    }

    /// Length in minutes.
    public var minutes: Int { end - start }

    /// Whether the two spans share at least one minute.
    public func overlaps(_ other: TimeSpan) -> Bool { start < other.end && other.start < end }

    /// Minutes from the end of the earlier span to the start of the later one (negative when they overlap).
    public func gap(to other: TimeSpan) -> Int {
        other.start >= start ? other.start - end : start - other.end
    }

    /// Minutes of this span that fall on the given calendar date.
    public func minutes(on date: LocalDate) -> Int {
        let dayStart = date.dayNumber * 1440
        return max(0, min(end, dayStart + 1440) - max(start, dayStart))
    }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
