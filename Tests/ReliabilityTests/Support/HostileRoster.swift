import ZhibanModel

/// A small roster whose every name, note and title is hostile: escape sequences, control
/// characters, bidi overrides, HTML and spreadsheet formulas, with two planned days.
enum HostileRoster {
    static let day = LocalDate(year: 2022, month: 4, day: 7)!
    /// The phone numbers in the roster (for the `--no-phone` checks).
    static let phones = ["13912345678", "13987654321", "13900001111"]
    /// Markup that must come out as text in HTML.
    static let script = "<script>alert('x')</script>"

    static let roster: Roster = {
        let day = Shift(name: "白\u{1B}[2J班", start: ClockTime(hour: 8, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!)
        let night = Shift(name: "=夜班", start: ClockTime(hour: 20, minute: 0)!, end: ClockTime(hour: 8, minute: 0)!)
        let allDay = (ClockTime(hour: 0, minute: 0)!, ClockTime(hour: 24, minute: 0)!)
        let checkpoints = [
            Checkpoint(name: "+南门\u{1B}]0;pwned\u{07}", compound: "\u{202E}小区", openFrom: allDay.0, openUntil: allDay.1,
                       shifts: [day.name, night.name], peoplePerShift: 2, keepers: ["@队\u{9B}31m"]),
            Checkpoint(name: "-北门\(script)", compound: "\"><img src=x onerror=alert(1)>", openFrom: allDay.0, openUntil: allDay.1,
                       shifts: [day.name], peoplePerShift: 1, keepers: ["@队\u{9B}31m"]),
        ]
        let teams = [Team(name: "@队\u{9B}31m", kind: "党小组\u{07}", leader: "=HYPERLINK(\"http://evil\",\"点我\")")]
        let volunteers = [
            Volunteer(name: "=HYPERLINK(\"http://evil\",\"点我\")", phone: phones[0], isPartyMember: true, team: teams[0].name,
                      role: "组长", note: "备注\u{1B}]8;;http://evil\u{1B}\\链接"),
            Volunteer(name: "\u{1B}P1$r\u{1B}\\王五\u{7F}", phone: phones[1], team: teams[0].name, note: "\t=1+1"),
            Volunteer(name: "张\u{202E}三\u{2066}\(script)", phone: phones[2], team: teams[0].name, note: "换行\n第二行\r回车"),
        ]
        let duties = [
            Duty(date: HostileRoster.day, shift: day.name, checkpoint: checkpoints[0].name, people: [volunteers[0].name, volunteers[1].name],
                 note: "-注\u{1B}[31m"),
            Duty(date: HostileRoster.day, shift: night.name, checkpoint: checkpoints[0].name, people: [volunteers[2].name]),
            Duty(date: HostileRoster.day.adding(days: 1), shift: day.name, checkpoint: checkpoints[1].name, people: [volunteers[1].name]),
        ]
        var roster = Roster(settings: RosterSettings(title: "值班表\u{1B}]0;标题\u{07}\u{202E}"), shifts: [day, night],
                            checkpoints: checkpoints, teams: teams, volunteers: volunteers, duties: duties)
        roster.sortDuties()
        return roster
    }()

    /// The two planned days.
    static var dates: ClosedRange<LocalDate> { day...day.adding(days: 1) }
}
