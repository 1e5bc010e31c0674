import ZhibanModel

/// A small hand-made roster in the shape of the chungu example: two-person shifts day and
/// night, a day-only gate, a reserve, 2- and 3-character names, a name with Latin letters
/// (`李Anna`), a leader, party members, an open place, and an overnight shift.
enum SampleRoster {
    static let day = LocalDate(year: 2022, month: 4, day: 7)!
    static let nextDay = LocalDate(year: 2022, month: 4, day: 8)!

    static func make() -> Roster {
        let dayShift = Shift(name: "白班", start: ClockTime(hour: 8, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!)
        let nightShift = Shift(name: "夜班", start: ClockTime(hour: 20, minute: 0)!, end: ClockTime(hour: 8, minute: 0)!)
        let allDay = (ClockTime(minutes: 0)!, ClockTime(minutes: 1440)!)
        let party = [Requirement(kind: .partyMembers, count: 1)]
        let checkpoints = [
            Checkpoint(name: "天瑞城市花园南门", compound: "天瑞城市花园", openFrom: allDay.0, openUntil: allDay.1,
                       shifts: ["白班", "夜班"], peoplePerShift: 2, requirements: party, keepers: ["天瑞值守组"], reserve: "机动组"),
            Checkpoint(name: "春谷新村南门", compound: "春谷新村", openFrom: allDay.0, openUntil: allDay.1,
                       shifts: ["白班", "夜班"], peoplePerShift: 2, requirements: party, keepers: ["春谷值守组"], reserve: "机动组"),
            Checkpoint(name: "江岸名邸南门", compound: "江岸名邸", openFrom: dayShift.start, openUntil: dayShift.end,
                       shifts: ["白班"], peoplePerShift: 2, requirements: party, keepers: ["春谷值守组"], reserve: "机动组"),
        ]
        let teams = [
            Team(name: "天瑞值守组", kind: "值守组", leader: "夏红文"),
            Team(name: "春谷值守组", kind: "值守组", leader: "欧阳建国"),
            Team(name: "机动组", kind: "机动组", leader: "王强"),
        ]
        let volunteers = [
            Volunteer(name: "夏红文", phone: "17010000000", isPartyMember: true, team: "天瑞值守组", role: "组长"),
            Volunteer(name: "于世", phone: "17010000002", isPartyMember: true, team: "天瑞值守组"),
            Volunteer(name: "毛瑩建", phone: "17010000001", isPartyMember: false, team: "天瑞值守组"),
            Volunteer(name: "李Anna", phone: "17010000003", isPartyMember: false, team: "天瑞值守组"),
            Volunteer(name: "欧阳建国", phone: "17010000004", isPartyMember: true, team: "春谷值守组", role: "组长"),
            Volunteer(name: "宋福艳", phone: "17010000005", isPartyMember: true, team: "春谷值守组"),
            Volunteer(name: "张伟", phone: "17010000006", isPartyMember: false, team: "春谷值守组"),
            Volunteer(name: "刘洋", phone: "17010000007", isPartyMember: true, team: "春谷值守组"),
            Volunteer(name: "王强", phone: "17010000008", isPartyMember: true, team: "机动组", role: "队长"),
            Volunteer(name: "陈静", phone: "17010000009", isPartyMember: false, team: "机动组"),
        ]
        var duties: [Duty] = []
        for date in [day, nextDay] {
            duties += [
                Duty(date: date, shift: "白班", checkpoint: "天瑞城市花园南门", people: ["夏红文", "李Anna"]),
                Duty(date: date, shift: "夜班", checkpoint: "天瑞城市花园南门", people: ["于世", "毛瑩建"]),
                Duty(date: date, shift: "白班", checkpoint: "春谷新村南门", people: ["欧阳建国", "张伟"]),
                Duty(date: date, shift: "夜班", checkpoint: "春谷新村南门", people: ["刘洋", "王强"]),
                Duty(date: date, shift: "白班", checkpoint: "江岸名邸南门", people: ["宋福艳"]),
            ]
        }
        var roster = Roster(
            settings: RosterSettings(title: "春谷社区疫情防控值班表"), shifts: [dayShift, nightShift],
            checkpoints: checkpoints, teams: teams, volunteers: volunteers, duties: duties)
        roster.sortDuties()
        return roster
    }
}
