/// The Python program that reads an iCalendar file with the independent `icalendar` package
/// (run as `python3 -c`, so the test target holds no file SwiftPM would not know what to do with).
enum PythonICalendarScript {
    /// Reads the calendar from standard input and prints what it understood as JSON; exit
    /// status 3 when the package is not installed.
    static let source = #"""
"""Reads an iCalendar file from standard input with the independent `icalendar` package and
prints what it understood as JSON. Exit status 3 when the package is not installed."""
import json
import sys

try:
    from icalendar import Calendar
except ImportError:
    sys.exit(3)

calendar = Calendar.from_ical(sys.stdin.buffer.read())


def written_zone(zone):
    """The VTIMEZONE as written (not looked up by name), to check our observances."""
    try:
        return zone.to_tz(lookup_tzid=False)
    except TypeError:  # icalendar before 6 always builds the zone from the component
        return zone.to_tz()


written_zones = {str(zone["TZID"]): written_zone(zone) for zone in calendar.walk("VTIMEZONE")}
events = []
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    tzid = str(event["DTSTART"].params.get("TZID", ""))
    written = start.replace(tzinfo=written_zones[tzid]) if tzid in written_zones else start
    events.append({
        "uid": str(event["UID"]),
        "summary": str(event["SUMMARY"]),
        "description": str(event.get("DESCRIPTION", "")),
        "location": str(event.get("LOCATION", "")),
        "start": start.replace(tzinfo=None).isoformat(),
        "end": end.replace(tzinfo=None).isoformat(),
        "tzid": tzid,
        "offsetMinutes": int(start.utcoffset().total_seconds() // 60),
        "writtenZoneOffsetMinutes": int(written.utcoffset().total_seconds() // 60),
    })
print(json.dumps({
    "version": str(calendar["VERSION"]),
    "prodid": str(calendar["PRODID"]),
    "events": events,
}, ensure_ascii=False))
"""#
}
