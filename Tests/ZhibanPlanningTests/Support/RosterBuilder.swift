import ZhibanModel
import ZhibanPlanning

/// Small rosters written in a line or two, for tests.
enum RosterBuilder {
    static func date(_ text: String) -> LocalDate { LocalDate(parsing: text)! }

    static func shift(_ name: String, _ start: String, _ end: String) -> Shift {
        Shift(name: name, start: ClockTime(parsing: start)!, end: ClockTime(parsing: end)!)
    }

    /// 白班 08:00–20:00 and 夜班 20:00–08:00.
    static let dayAndNight = [shift("白班", "08:00", "20:00"), shift("夜班", "20:00", "08:00")]

    static func gate(_ name: String, shifts: [String] = ["白班", "夜班"], people: Int = 2, requires: [String] = [],
                     keepers: [String], reserve: String? = nil, compound: String? = nil) -> Checkpoint {
        Checkpoint(name: name, compound: compound ?? name, openFrom: ClockTime(minutes: 0)!, openUntil: ClockTime(minutes: 1440)!,
                   shifts: shifts, peoplePerShift: people, requirements: requires.map { Requirement(parsing: $0)! },
                   keepers: keepers, reserve: reserve)
    }

    /// `count` volunteers named `<prefix>1`…, in `team`, party members unless said otherwise.
    static func people(_ prefix: String, _ count: Int, team: String, party: Bool = true) -> [Volunteer] {
        (1...count).map { Volunteer(name: "\(prefix)\($0)", isPartyMember: party, team: team) }
    }

    static func roster(shifts: [Shift] = dayAndNight, checkpoints: [Checkpoint], volunteers: [Volunteer],
                       teams: [Team]? = nil, rotations: [RotationPattern] = [], duties: [Duty] = [],
                       rules: RosterRules = .standard) -> Roster {
        let teamNames = volunteers.map(\.team).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return Roster(settings: RosterSettings(title: "测试", rules: rules), shifts: shifts, checkpoints: checkpoints,
                      teams: teams ?? teamNames.map { Team(name: $0, kind: Team.kind(guessedFrom: $0)) },
                      volunteers: volunteers, rotations: rotations, duties: duties)
    }

    static func duty(_ date: String, _ shift: String, _ checkpoint: String, _ people: [String], pinned: Bool = false) -> Duty {
        Duty(date: self.date(date), shift: shift, checkpoint: checkpoint, people: people, pinned: pinned)
    }

    /// April 2022, the month every example is planned for.
    static let april = PlanRequest(from: date("2022-04-01"), to: date("2022-04-30"))

    /// Hard-rule breaks of a roster (empty places are not breaks).
    static func breaks(_ roster: Roster) -> [RuleViolation] { RuleChecker(roster).violations().filter(\.isBreak) }
}

extension Roster {
    /// The people on a slot (empty when there is no duty).
    func people(_ date: String, _ shift: String, _ checkpoint: String) -> [String] {
        duties.first { $0.slot == Slot(date: RosterBuilder.date(date), shift: shift, checkpoint: checkpoint) }?.people ?? []
    }
}
