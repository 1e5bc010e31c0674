import ZhibanModel

/// A wall-clock moment as iCalendar writes it: `20220407T200000` (§3.3.5, local form).
struct LocalDateTime {
    /// Minutes since 1970-01-01 00:00 wall-clock time.
    let minutes: Int

    /// The date part.
    var date: LocalDate { LocalDate(dayNumber: minutes >= 0 ? minutes / 1440 : (minutes - 1439) / 1440) }

    /// `YYYYMMDDTHHMMSS`.
    var formatted: String {
        let date = self.date
        let minuteOfDay = minutes - date.dayNumber * 1440
        return Self.basic(date) + "T" + Self.two(minuteOfDay / 60) + Self.two(minuteOfDay % 60) + "00"
    }

    /// `YYYYMMDD`.
    static func basic(_ date: LocalDate) -> String {
        let year = String(date.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + two(date.month) + two(date.day)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
