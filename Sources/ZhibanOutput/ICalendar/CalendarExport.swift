import Foundation
import ZhibanModel

/// A person's or a team's duties as an iCalendar file (RFC 5545) for their phone's calendar.
///
/// - One VEVENT per duty, local times with the roster's time zone (`settings.timeZone`) and a
///   VTIMEZONE for it; an overnight shift ends on the next day.
/// - UID: a hash of date, shift, checkpoint and person (or team) + `@zhiban`, so importing a
///   later export updates the events instead of duplicating them.
/// - DTSTAMP: the duty's date at 00:00 UTC, not the clock, so the same roster always gives the
///   same bytes.
/// - Lines folded at 75 octets without splitting a UTF-8 character, CRLF line ends.
public struct CalendarExport: Sendable {
    /// The roster.
    public var roster: Roster
    /// Whose duties.
    public var subject: CalendarSubject
    /// The dates exported; nil: every date with a duty.
    public var dates: ClosedRange<LocalDate>?

    /// Creates an export.
    public init(roster: Roster, subject: CalendarSubject, dates: ClosedRange<LocalDate>? = nil) {
        self.roster = roster
        self.subject = subject
        self.dates = dates
    }

    /// The product identifier written in PRODID.
    public static let productIdentifier = "-//zhiban//Duty roster//ZH"

    /// The calendar file.
    public func render() throws -> String {
        guard let zone = TimeZone(identifier: roster.settings.timeZone) else {
            throw OutputError.unknownTimeZone(roster.settings.timeZone)
        }
        try checkSubjectExists()
        let index = StaffingIndex(roster: roster, includePhone: false)
        let range = dates ?? roster.dutyDateRange
        let slots = range.map(index.staffing(in:)) ?? []
        let events = slots.compactMap { event(for: $0, index: index, zone: zone) }
        let firstYear = range?.lowerBound.year ?? 1970
        let lastYear = range.map { $0.upperBound.adding(days: 1).year } ?? firstYear
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + Self.productIdentifier, "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
            "X-WR-CALNAME:" + ICalendarText.escape("\(roster.settings.title) · \(subject.name)"),
            "X-WR-TIMEZONE:" + zone.identifier,
        ]
        lines += ICalendarTimeZone(zone: zone, firstYear: firstYear, lastYear: lastYear).lines()
        lines += events.flatMap { $0 }
        lines.append("END:VCALENDAR")
        return lines.map(ICalendarText.fold).joined()
    }

    private func checkSubjectExists() throws {
        switch subject {
        case .person(let name):
            guard roster.volunteer(named: name) != nil || roster.duties.contains(where: { $0.people.contains(name) }) else {
                throw OutputError.unknownPerson(name)
            }
        case .team(let name):
            guard roster.team(named: name) != nil else { throw OutputError.unknownTeam(name) }
        }
    }

    /// The event for one slot, if the subject stands on it.
    private func event(for slot: SlotStaffing, index: StaffingIndex, zone: TimeZone) -> [String]? {
        let shown: [String]
        let uidPart: String
        let description: String
        switch subject {
        case .person(let name):
            guard slot.people.contains(name) else { return nil }
            shown = slot.people.filter { $0 != name }
            uidPart = name
            description = "同班：" + (shown.isEmpty ? "无" : names(shown, index: index))
        case .team(let team):
            shown = slot.people.filter { index.person(named: $0).team == team }
            guard !shown.isEmpty else { return nil }
            uidPart = "队伍:" + team
            description = "值班人员：" + names(slot.people, index: index)
        }
        let shift = index.shift(named: slot.shift)
        let span = shift?.span(on: slot.date) ?? TimeSpan(start: slot.date.dayNumber * 1440, end: (slot.date.dayNumber + 1) * 1440)
        let checkpoint = index.checkpoint(named: slot.checkpoint)
        let location = checkpoint.map { $0.compound.isEmpty || $0.compound == $0.name ? $0.name : "\($0.name)（\($0.compound)）" }
            ?? slot.checkpoint
        let hours = shift.map { "\n班次：\($0.name) \($0.hoursText)" } ?? ""
        let uid = StableIdentifier.hex([slot.date.description, slot.shift, slot.checkpoint, uidPart]) + "@zhiban"
        return [
            "BEGIN:VEVENT",
            "UID:" + uid,
            "DTSTAMP:" + LocalDateTime.basic(slot.date) + "T000000Z",
            "DTSTART;TZID=\(zone.identifier):" + LocalDateTime(minutes: span.start).formatted,
            "DTEND;TZID=\(zone.identifier):" + LocalDateTime(minutes: span.end).formatted,
            "SUMMARY:" + ICalendarText.escape("值班 \(slot.checkpoint) \(slot.shift)"),
            "LOCATION:" + ICalendarText.escape(location),
            "DESCRIPTION:" + ICalendarText.escape(description + hours),
            "END:VEVENT",
        ]
    }

    /// Names with marks, leaders first: `★☆夏红文、李Anna`.
    private func names(_ people: [String], index: StaffingIndex) -> String {
        index.leadersFirst(people).map(\.markedName).joined(separator: "、")
    }
}
