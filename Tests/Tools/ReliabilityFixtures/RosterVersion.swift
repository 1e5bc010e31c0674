import ZhibanModel
import ZhibanStorage

/// Numbered versions of one roster, each different in every one of its files, so that a roster
/// loaded after a crash can be matched to exactly one version, and a mix of two versions (one
/// file old, another new) can never pass for a version.
///
/// Version `n` is a bundled example (chungu unless told) with `第n版` in the title, in the first volunteer's
/// note and in the note of every duty, and with `n % 5 + 1` days of duties (so the size of
/// `duties.csv` changes from one version to the next).
public enum RosterVersion {
    /// The roster of version `n` (n ≥ 0), made from `example`.
    public static func roster(_ n: Int, of example: BundledExample = .chungu) throws -> Roster {
        var roster = try base(example)
        let mark = "第\(n)版"
        roster.settings.title += " " + mark
        roster.volunteers[0].note = mark
        let first = LocalDate(year: 2022, month: 4, day: 7)!
        let names = roster.volunteers.map(\.name)
        var duties: [Duty] = []
        for day in 0...(n % 5) {
            for (index, checkpoint) in roster.checkpoints.enumerated() {
                for shift in checkpoint.shifts {
                    let person = names[(index * 7 + day * 3 + shift.count + n) % names.count]
                    duties.append(Duty(date: first.adding(days: day), shift: shift, checkpoint: checkpoint.name,
                                       people: [person], pinned: day == 0, note: mark))
                }
            }
        }
        roster.duties = duties
        roster.sortDuties()
        return roster
    }

    /// The bundled examples, each read once, when first asked for.
    private static let chungu = Result { try BundledExample.chungu.roster() }
    private static let shangyi = Result { try BundledExample.shangyi.roster() }
    private static let yinhe = Result { try BundledExample.yinhe.roster() }
    private static let station = Result { try BundledExample.station.roster() }

    private static func base(_ example: BundledExample) throws -> Roster {
        switch example {
        case .chungu: return try chungu.get()
        case .shangyi: return try shangyi.get()
        case .yinhe: return try yinhe.get()
        case .station: return try station.get()
        }
    }

    /// The version number a roster's title claims (`第n版` at its end), or nil.
    public static func claimedNumber(of roster: Roster) -> Int? {
        guard let mark = roster.settings.title.split(separator: " ").last, mark.hasPrefix("第"), mark.hasSuffix("版") else {
            return nil
        }
        return Int(mark.dropFirst().dropLast())
    }

    /// The version of `example` that `roster` is exactly (every file agreeing), or nil when it is none.
    public static func number(of roster: Roster, of example: BundledExample = .chungu) throws -> Int? {
        guard let n = claimedNumber(of: roster) else { return nil }
        return try RosterVersion.roster(n, of: example) == roster ? n : nil
    }
}
