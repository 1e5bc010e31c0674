import ZhibanModel
import ZhibanPlanning

/// The broken rules in the cells on screen, for the day board's marks. The planner's rule
/// checker runs on those cells' duties, plus every duty of their people as far either side as
/// the rules reach (`RosterRules.reachInDays`: a day for rest and hours a day, a week or the
/// longest run for the limits over several days), so the marks are exactly those a check of the
/// whole roster gives for these cells, at a cost that does not grow with the roster.
enum DayProblems {
    /// The problems of `date`'s slots at the given checkpoints, said in `language`.
    static func of(_ roster: Roster, on date: LocalDate, checkpoints shown: Set<String>, directory: VolunteerDirectory,
                   language: Language) -> SlotProblems {
        let onScreen = roster.dutiesOn(date).filter { shown.contains($0.checkpoint) }
        let people = Set(onScreen.flatMap(\.people))
        var nearby = roster
        let reach = roster.settings.rules.reachInDays
        nearby.duties = (-reach...1).flatMap { roster.dutiesOn(date.adding(days: $0)) }
            .filter { ($0.date == date && shown.contains($0.checkpoint)) || $0.people.contains(where: people.contains) }
        let used = Set(nearby.duties.map(\.checkpoint))
        nearby.checkpoints = roster.checkpoints.filter { used.contains($0.name) }
        nearby.volunteers = people.sorted().compactMap(directory.volunteer(named:))
        var problems = SlotProblems()
        for violation in RuleChecker(nearby).violations()
        where violation.isBreak && violation.slot.date == date && shown.contains(violation.slot.checkpoint) {
            problems.add(SlotProblem(people: violation.people, text: violation.detail(language)), at: violation.slot)
        }
        return problems
    }
}
