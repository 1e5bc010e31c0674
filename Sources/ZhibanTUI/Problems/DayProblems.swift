import ZhibanModel
import ZhibanPlanning

/// The broken rules on one date, for the day board's marks. The planner's rule checker runs on
/// the duties of the day and its neighbours only (rest and hours per day reach no further), so
/// moving through a district roster stays quick.
enum DayProblems {
    /// The problems of `date`'s slots.
    static func of(_ roster: Roster, on date: LocalDate) -> SlotProblems {
        var nearby = roster
        nearby.duties = Array(roster.dutiesOn(date.adding(days: -1)) + roster.dutiesOn(date) + roster.dutiesOn(date.adding(days: 1)))
        var problems = SlotProblems()
        for violation in RuleChecker(nearby).violations() where violation.isBreak && violation.slot.date == date {
            problems.add(SlotProblem(people: violation.people, text: ProblemList.withoutSlot(violation.message)), at: violation.slot)
        }
        return problems
    }
}
