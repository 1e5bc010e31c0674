/// A named time window that repeats every day, such as 白班 08:00–20:00 or 夜班 20:00–08:00.
///
/// A shift belongs to the date it starts on. An end at or before the start means the shift
/// ends the next day; `24:00` is midnight at the end of the day.
public struct Shift: Hashable, Sendable {
    /// The shift's name, e.g. `白班`.
    public var name: String
    /// When it starts.
    public var start: ClockTime
    /// When it ends (on the next day when at or before `start`).
    public var end: ClockTime
    /// Where it was defined, for messages.
    public var location: SourceLocation?

    /// Creates a shift.
    public init(name: String, start: ClockTime, end: ClockTime, location: SourceLocation? = nil) {
        self.name = name
        self.start = start
        self.end = end
        self.location = location
    }

    /// Whether the shift ends on the day after the one it starts on.
    public var endsNextDay: Bool { end <= start && !(start.minutes == 0 && end.minutes == 1440) }

    /// Length in minutes (a shift from 00:00 to 00:00 lasts 24 hours).
    public var durationMinutes: Int {
        endsNextDay ? 1440 - start.minutes + end.minutes : end.minutes - start.minutes
    }

    /// A night shift runs through any part of 00:00–05:00.
    public var isNight: Bool {
        let first = start.minutes
        let last = first + durationMinutes
        // The night windows this shift could touch: 00:00–05:00 today and tomorrow.
        return first < 300 || (last > 1440 && first < 1440 + 300)
    }

    /// The wall-clock span of this shift when it starts on `date`.
    public func span(on date: LocalDate) -> TimeSpan {
        let start = date.dayNumber * 1440 + self.start.minutes
        return TimeSpan(start: start, end: start + durationMinutes)
    }

    /// `08:00–20:00`, with `次日` (next day) marked when it crosses midnight.
    public var hoursText: String { "\(start)–\(end)" + (endsNextDay ? "(次日)" : "") }

    public static func == (lhs: Shift, rhs: Shift) -> Bool {
        lhs.name == rhs.name && lhs.start == rhs.start && lhs.end == rhs.end
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(start)
        hasher.combine(end)
    }
}
