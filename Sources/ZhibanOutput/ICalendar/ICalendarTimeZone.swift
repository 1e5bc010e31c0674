import Foundation
import ZhibanModel

/// The VTIMEZONE component for the roster's zone, built from the system's time-zone data.
///
/// It lists the zone's offset at the start of the first year exported and every change of
/// offset until the end of the year after the last one, each as its own observance with an
/// explicit DTSTART (no recurrence rules to get wrong). A zone without daylight saving, such as
/// Asia/Shanghai (UTC+8 all year), comes out as a single STANDARD observance.
struct ICalendarTimeZone {
    /// The zone.
    let zone: TimeZone
    /// The first year covered.
    let firstYear: Int
    /// The last year covered.
    let lastYear: Int

    /// The zone's identifier, used as TZID.
    var identifier: String { zone.identifier }

    /// The component's content lines, unfolded.
    func lines() -> [String] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let midnightUTC = calendar.date(from: DateComponents(year: firstYear, month: 1, day: 1))!
        let start = midnightUTC.addingTimeInterval(-Double(zone.secondsFromGMT(for: midnightUTC)))
        let end = calendar.date(from: DateComponents(year: lastYear + 1, month: 1, day: 1))!
        var result = ["BEGIN:VTIMEZONE", "TZID:" + identifier]
        let initial = zone.secondsFromGMT(for: start)
        result += observance(at: start, from: initial, to: initial)
        var moment = start
        while let transition = zone.nextDaylightSavingTimeTransition(after: moment), transition < end {
            let before = zone.secondsFromGMT(for: transition.addingTimeInterval(-1))
            result += observance(at: transition, from: before, to: zone.secondsFromGMT(for: transition))
            moment = transition
        }
        return result + ["END:VTIMEZONE"]
    }

    /// One STANDARD or DAYLIGHT observance starting at `instant` (written in the offset before it).
    private func observance(at instant: Date, from before: Int, to after: Int) -> [String] {
        let kind = zone.isDaylightSavingTime(for: instant) ? "DAYLIGHT" : "STANDARD"
        let wallMinutes = Int((instant.timeIntervalSince1970 + Double(before)) / 60)
        return ["BEGIN:" + kind, "DTSTART:" + LocalDateTime(minutes: wallMinutes).formatted,
                "TZOFFSETFROM:" + Self.offset(before), "TZOFFSETTO:" + Self.offset(after), "END:" + kind]
    }

    /// `+0800`, `-0330`.
    static func offset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        let text = String(minutes / 60 * 100 + minutes % 60)
        return (seconds < 0 ? "-" : "+") + String(repeating: "0", count: 4 - text.count) + text
    }
}
