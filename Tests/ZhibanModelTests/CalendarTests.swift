import XCTest
@testable import ZhibanModel

final class CalendarTests: XCTestCase {
    func testClockTimeParsesHoursAndMinutesIncludingMidnightAtTheEnd() {
        XCTAssertEqual(ClockTime(parsing: "08:00")?.minutes, 480)
        XCTAssertEqual(ClockTime(parsing: "8:30")?.minutes, 510)
        XCTAssertEqual(ClockTime(parsing: "24:00")?.minutes, 1440)
        XCTAssertEqual(ClockTime(parsing: "20：00")?.minutes, 1200, "full-width colon from a Chinese IME")
        XCTAssertNil(ClockTime(parsing: "25:00"))
        XCTAssertNil(ClockTime(parsing: "24:01"))
        XCTAssertNil(ClockTime(parsing: "12:60"))
        XCTAssertNil(ClockTime(parsing: "1200"))
        XCTAssertNil(ClockTime(parsing: "ab:cd"))
        for hour in 0...25 {
            for minute in 0...61 {
                let expected = minute < 60 && hour * 60 + minute <= 1440 ? hour * 60 + minute : nil
                for text in [String(format: "%02d:%02d", hour, minute), String(format: "%d:%02d", hour, minute), String(format: " %d：%02d", hour, minute)] {
                    XCTAssertEqual(ClockTime(parsing: text)?.minutes, expected, text)
                }
            }
        }
        XCTAssertNil(ClockTime(parsing: "1:2:3"))
        XCTAssertNil(ClockTime(parsing: "8:5"))
        XCTAssertEqual(ClockTime(minutes: 65)?.description, "01:05")
    }

    /// Dates are written as `YYYY-MM-DD` with every part padded (`0787-04-06`), written straight
    /// into the string's bytes: held to the parts padded by hand, from year 0 to 9999 and a little beyond.
    func testDatesAreWrittenWithPaddedParts() {
        XCTAssertEqual(LocalDate(year: 787, month: 4, day: 6)!.description, "0787-04-06")
        XCTAssertEqual(LocalDate(year: 2022, month: 12, day: 31)!.description, "2022-12-31")
        let padded = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        let first = LocalDate(year: 1, month: 1, day: 1)!.dayNumber - 400  // into year 0
        let last = LocalDate(year: 9999, month: 12, day: 31)!.dayNumber + 3
        for day in stride(from: first, through: last, by: 97) + [first, last] {
            let c = LocalDate(dayNumber: day).components
            let expected = padded(c.year, 4) + "-" + padded(c.month, 2) + "-" + padded(c.day, 2)
            XCTAssertEqual(LocalDate(dayNumber: day).description, expected)
        }
    }

    /// Dates as zhiban writes them (`YYYY-MM-DD`, read straight from their bytes) read back as
    /// themselves, from 1900 to 2100; near misses are read as before or refused.
    func testWrittenDatesReadBackAndNearMissesAreReadAsBefore() {
        let first = LocalDate(year: 1900, month: 1, day: 1)!.dayNumber
        let last = LocalDate(year: 2100, month: 12, day: 31)!.dayNumber
        for day in first...last {
            let date = LocalDate(dayNumber: day)
            XCTAssertEqual(LocalDate(parsing: date.description), date, date.description)
        }
        XCTAssertEqual(LocalDate(parsing: " 2022-04-07"), LocalDate(parsing: "2022-04-07"))
        XCTAssertEqual(LocalDate(parsing: "2022-4-07"), LocalDate(parsing: "2022-04-07"))
        for refused in ["0000-01-01", "2022-04-0a", "2022-04-31", "2022-00-10", "2022-04/07", "２０２２-04-07", "2022-04-07x"] {
            XCTAssertNil(LocalDate(parsing: refused), refused)
        }
    }

    func testLocalDateKnowsWeekdaysAndLeapYears() {
        let date = LocalDate(parsing: "2022-04-07")!
        XCTAssertEqual(date.weekday, .thursday)
        XCTAssertEqual(date.weekday.chineseShort, "周四")
        XCTAssertEqual(date.weekday.chineseLong, "星期四")
        XCTAssertEqual(date.adding(days: 24).description, "2022-05-01")
        XCTAssertEqual(LocalDate(parsing: "1970-01-01")?.dayNumber, 0)
        XCTAssertNotNil(LocalDate(parsing: "2024-02-29"))
        XCTAssertNil(LocalDate(parsing: "2022-02-29"))
        XCTAssertNil(LocalDate(parsing: "2022-13-01"))
        XCTAssertEqual(LocalDate(parsing: "2022/4/7"), date, "spreadsheets write dates with slashes")
        XCTAssertEqual(LocalDate(parsing: "2000-03-01")!.adding(days: -1).description, "2000-02-29")
        XCTAssertEqual(LocalDate(parsing: "1900-03-01")!.adding(days: -1).description, "1900-02-28")
    }

    func testEveryDayRoundTripsThroughItsDayNumber() {
        for number in stride(from: -719_000, through: 2_900_000, by: 997) {
            let date = LocalDate(dayNumber: number)
            let c = date.components
            XCTAssertEqual(LocalDate(year: c.year, month: c.month, day: c.day), date)
        }
    }

    func testWeekdayReadsChineseAndEnglishNames() {
        XCTAssertEqual(Weekday(parsing: "周六"), .saturday)
        XCTAssertEqual(Weekday(parsing: "星期日"), .sunday)
        XCTAssertEqual(Weekday(parsing: "周天"), .sunday)
        XCTAssertEqual(Weekday(parsing: "Mon"), .monday)
        XCTAssertEqual(Weekday(parsing: "friday"), .friday)
        XCTAssertNil(Weekday(parsing: "周八"))
        XCTAssertNil(Weekday(parsing: "2022-04-07"))
    }

    func testOvernightShiftEndsTheNextDayAndIsNight() {
        let night = Shift(name: "夜班", start: ClockTime(parsing: "20:00")!, end: ClockTime(parsing: "08:00")!)
        XCTAssertTrue(night.endsNextDay)
        XCTAssertEqual(night.durationMinutes, 720)
        XCTAssertTrue(night.isNight)
        let date = LocalDate(parsing: "2022-04-07")!
        let span = night.span(on: date)
        XCTAssertEqual(span.minutes(on: date), 240)
        XCTAssertEqual(span.minutes(on: date.adding(days: 1)), 480)
    }

    func testShiftEndingAt2400StaysOnItsDayAndIsNotNight() {
        let late = Shift(name: "晚班", start: ClockTime(parsing: "14:30")!, end: ClockTime(parsing: "24:00")!)
        XCTAssertFalse(late.endsNextDay)
        XCTAssertEqual(late.durationMinutes, 570)
        XCTAssertFalse(late.isNight)
        let early = Shift(name: "夜班", start: ClockTime(parsing: "00:00")!, end: ClockTime(parsing: "08:00")!)
        XCTAssertTrue(early.isNight)
        let day = Shift(name: "白班", start: ClockTime(parsing: "08:00")!, end: ClockTime(parsing: "20:00")!)
        XCTAssertFalse(day.isNight)
        let whole = Shift(name: "全天", start: ClockTime(parsing: "00:00")!, end: ClockTime(parsing: "24:00")!)
        XCTAssertEqual(whole.durationMinutes, 1440)
        let sameTime = Shift(name: "24小时", start: ClockTime(parsing: "08:00")!, end: ClockTime(parsing: "08:00")!)
        XCTAssertEqual(sameTime.durationMinutes, 1440, "an end at the start ends the next day")
    }

    func testTimeSpanGapMeasuresRestBetweenShifts() {
        let day = Shift(name: "白班", start: ClockTime(parsing: "08:00")!, end: ClockTime(parsing: "20:00")!)
        let night = Shift(name: "夜班", start: ClockTime(parsing: "20:00")!, end: ClockTime(parsing: "08:00")!)
        let date = LocalDate(parsing: "2022-04-07")!
        XCTAssertEqual(night.span(on: date).gap(to: day.span(on: date.adding(days: 1))), 0)
        XCTAssertEqual(day.span(on: date).gap(to: day.span(on: date.adding(days: 1))), 720)
        XCTAssertTrue(day.span(on: date).overlaps(TimeSpan(start: day.span(on: date).end - 1, end: day.span(on: date).end + 60)))
        XCTAssertFalse(day.span(on: date).overlaps(night.span(on: date)))
    }
}
