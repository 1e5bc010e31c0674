import ZhibanModel
import ZhibanStorage

/// Bundled examples with duties, for print tests.
///
/// The duties are dealt round-robin from each checkpoint's keeper teams (then the reserve),
/// one date at a time: enough to print real names on every sheet, no claim to keep the rules.
/// One volunteer is renamed `李Anna` so every sheet also shows a name with Latin letters.
enum CraftedPlan {
    /// The printed date.
    static let day = LocalDate(year: 2022, month: 4, day: 7)!

    /// The example with duties dealt for `dates`.
    static func example(_ example: BundledExample, dates: ClosedRange<LocalDate> = day...day) throws -> Roster {
        var roster = try example.roster()
        var next: [String: Int] = [:]
        for date in dates.lowerBound.through(dates.upperBound) {
            for checkpoint in roster.checkpoints {
                let pool = (checkpoint.keepers + [checkpoint.reserve].compactMap { $0 }).flatMap { roster.members(of: $0) }
                guard !pool.isEmpty else { continue }
                for shift in checkpoint.shifts {
                    let start = next[checkpoint.name, default: 0]
                    let people = (0..<min(checkpoint.peoplePerShift, pool.count)).map { pool[(start + $0) % pool.count].name }
                    next[checkpoint.name] = start + people.count
                    roster.duties.append(Duty(date: date, shift: shift, checkpoint: checkpoint.name, people: people))
                }
            }
        }
        roster.sortDuties()
        return renaming(roster.duties[0].people.last!, to: "李Anna", in: roster)
    }

    /// The roster with one person renamed everywhere.
    private static func renaming(_ old: String, to new: String, in roster: Roster) -> Roster {
        var roster = roster
        for index in roster.volunteers.indices where roster.volunteers[index].name == old { roster.volunteers[index].name = new }
        for index in roster.teams.indices where roster.teams[index].leader == old { roster.teams[index].leader = new }
        for index in roster.duties.indices {
            roster.duties[index].people = roster.duties[index].people.map { $0 == old ? new : $0 }
        }
        return roster
    }
}
