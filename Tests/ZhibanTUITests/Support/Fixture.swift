import ZhibanModel
@testable import ZhibanTUI

/// A small roster built in code, so the screen tests need no files: two compounds with one gate
/// each (named after the compound), a station with two entrances, day and night shifts, names of
/// two and three characters and one with a Latin letter, a reserve call, empty places and a
/// duty that breaks two rules.
enum Fixture {
    static let day = LocalDate(year: 2022, month: 4, day: 7)!
    static let nextDay = LocalDate(year: 2022, month: 4, day: 8)!

    static let roster: Roster = {
        let day = Shift(name: "白班", start: ClockTime(hour: 8, minute: 0)!, end: ClockTime(hour: 20, minute: 0)!)
        let night = Shift(name: "夜班", start: ClockTime(hour: 20, minute: 0)!, end: ClockTime(hour: 8, minute: 0)!)
        let allDay = (ClockTime(hour: 0, minute: 0)!, ClockTime(hour: 24, minute: 0)!)
        let party = [Requirement(kind: .partyMembers, count: 1)]
        let checkpoints = [
            Checkpoint(name: "天瑞城市花园南门", compound: "天瑞城市花园", openFrom: allDay.0, openUntil: allDay.1,
                       shifts: ["白班", "夜班"], peoplePerShift: 2, requirements: party, keepers: ["南门值守组"], reserve: "机动组"),
            Checkpoint(name: "春谷新村南门", compound: "春谷新村", openFrom: allDay.0, openUntil: allDay.1,
                       shifts: ["白班", "夜班"], peoplePerShift: 2, requirements: party, keepers: ["春谷值守组"], reserve: "机动组"),
            Checkpoint(name: "1号进站口", compound: "青岛站", openFrom: allDay.0, openUntil: allDay.1,
                       shifts: ["白班"], peoplePerShift: 1, keepers: ["突击队"]),
            Checkpoint(name: "2号进站口", compound: "青岛站", openFrom: allDay.0, openUntil: allDay.1,
                       shifts: ["白班"], peoplePerShift: 1, keepers: ["突击队"]),
        ]
        let teams = [
            Team(name: "南门值守组", kind: "值守组", leader: "王中理"),
            Team(name: "春谷值守组", kind: "值守组", leader: "陈明"),
            Team(name: "机动组", kind: "机动组", leader: "赵刚"),
            Team(name: "突击队", kind: "突击队", leader: "周杰"),
        ]
        let volunteers = [
            Volunteer(name: "王中理", phone: "17010000001", isPartyMember: true, team: "南门值守组", role: "组长", skills: ["登记"]),
            Volunteer(name: "李强", phone: "17010000002", isPartyMember: true, team: "南门值守组"),
            Volunteer(name: "张伟", phone: "17010000003", team: "南门值守组", unavailable: [.weekday(.saturday)]),
            Volunteer(name: "刘芳芳", phone: "17010000004", team: "南门值守组", skills: ["测温"]),
            Volunteer(name: "陈明", phone: "17010000005", isPartyMember: true, team: "春谷值守组", role: "组长"),
            Volunteer(name: "杨帆", phone: "17010000006", team: "春谷值守组", unavailable: [.nightShifts]),
            Volunteer(name: "黄丽娟", phone: "17010000007", team: "春谷值守组"),
            Volunteer(name: "赵刚", phone: "17010000008", isPartyMember: true, team: "机动组", role: "队长", skills: ["驾驶"]),
            Volunteer(name: "吴敏", phone: "17010000009", team: "机动组", unavailable: [.shift("白班")]),
            Volunteer(name: "周杰", phone: "17010000010", isPartyMember: true, team: "突击队", role: "组长", skills: ["测温"]),
            Volunteer(name: "徐A强", phone: "17010000011", team: "突击队", skills: ["测温"]),
        ]
        let duties = [
            Duty(date: day0, shift: "白班", checkpoint: "天瑞城市花园南门", people: ["王中理", "李强"], pinned: true),
            Duty(date: day0, shift: "夜班", checkpoint: "天瑞城市花园南门", people: ["张伟"]),
            Duty(date: day0, shift: "白班", checkpoint: "春谷新村南门", people: ["陈明", "赵刚"]),
            // 李强 straight after his day shift, at a gate his team does not keep: two rules broken.
            Duty(date: day0, shift: "夜班", checkpoint: "春谷新村南门", people: ["李强"]),
            Duty(date: day0, shift: "白班", checkpoint: "1号进站口", people: ["周杰"]),
            Duty(date: day1, shift: "白班", checkpoint: "天瑞城市花园南门", people: ["刘芳芳", "李强"]),
        ]
        var roster = Roster(
            settings: RosterSettings(title: "测试社区疫情防控值班表"), shifts: [day, night], checkpoints: checkpoints,
            teams: teams, volunteers: volunteers, duties: duties)
        roster.sortDuties()
        return roster
    }()

    private static let day0 = day
    private static let day1 = nextDay

    /// A state on the fixture, in Chinese, at 100×30 unless told otherwise.
    static func state(width: Int = 100, height: Int = 30, language: Language = .zh, readOnly: Bool = false) -> AppState {
        AppState(roster: roster, today: day, language: language, readOnly: readOnly, width: width, height: height)
    }
}

extension AppState {
    /// Applies actions one after the other, collecting the effects.
    func after(_ actions: Action...) -> (AppState, [Effect]) {
        var state = self
        var effects: [Effect] = []
        for action in actions {
            let result = ZhibanTUI.reduce(state, action)
            state = result.0
            effects += result.1
        }
        return (state, effects)
    }

    /// Presses keys one after the other through the key map.
    func pressing(_ keys: Key...) -> AppState {
        var state = self
        for key in keys { state = state.reduce(key: key).0 }
        return state
    }

    /// Types text, one character at a time, through the key map.
    func typing(_ text: String) -> AppState {
        var state = self
        for character in text { state = state.reduce(key: .character(character)).0 }
        return state
    }
}
