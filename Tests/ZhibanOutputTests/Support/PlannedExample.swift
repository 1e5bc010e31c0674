import Foundation
import ZhibanModel
import ZhibanStorage

/// Bundled examples with April 2022 planned, for print tests: the example as shipped, with the
/// duties the planner made of its April frozen beside the goldens (`Golden/EXAMPLE-duties.csv`),
/// so that a change to the planner changes no printed golden.
///
/// The second person on the first duty of the printed day is renamed `李Anna` everywhere, so
/// every sheet also shows a name with Latin letters beside 2- and 3-character Chinese names.
enum PlannedExample {
    /// The printed date.
    static let day = LocalDate(year: 2022, month: 4, day: 7)!
    /// The planned month.
    static let april = LocalDate(year: 2022, month: 4, day: 1)!...LocalDate(year: 2022, month: 4, day: 30)!

    /// The example with April planned.
    static func roster(_ example: BundledExample) throws -> Roster {
        try planned[example]!.get()
    }

    /// Every example read once per test run (a static is initialised once, thread-safely).
    private static let planned: [BundledExample: Result<Roster, any Error>] = Dictionary(
        uniqueKeysWithValues: BundledExample.allCases.map { example in
            (example, Result {
                var plan = try example.roster()
                plan.duties = try frozenDuties(of: example)
                let first = plan.duties.first { $0.date == day && $0.people.count > 1 } ?? plan.duties.first { $0.date == day }!
                return renaming(first.people.last!, to: "李Anna", in: plan)
            })
        })

    /// The duties of `Golden/EXAMPLE-duties.csv`, read as a roster folder of the example would read them.
    private static func frozenDuties(of example: BundledExample) throws -> [Duty] {
        let definitions = try Data(contentsOf: example.folder.appendingPathComponent(RosterFiles.definitions))
        let duties = try Data(contentsOf: Golden.sourceFolder.appendingPathComponent("\(example.rawValue)-duties.csv"))
        return try RosterFiles.roster(from: [RosterFiles.definitions: [UInt8](definitions), RosterFiles.duties: [UInt8](duties)]).duties
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
