import Foundation
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// The district on disk for the command benchmark: its roster folder with April planned (and
/// 5,000 events in its served record), the
/// same without duties (for `rotate`), the organizers' spreadsheets it comes from (for
/// `import`), and a scratch folder each run that changes files works on afresh.
struct DistrictFolders {
    /// The roster with April planned and its served record.
    let planned: URL
    /// The roster with nothing planned.
    let unplanned: URL
    /// volunteers.csv, checkpoints.csv and shifts.csv as organizers export them.
    let spreadsheets: URL
    /// Where `rotate` and `import` run, made afresh before each run.
    let scratch: URL
    /// The roster's title, which the interface's first frame shows.
    let title: String
    /// Sizes, for the report.
    let volunteers: Int, checkpoints: Int, shifts: Int, megabytesOnDisk: Double

    /// Builds the district `scale` times over in `parent`/district-x`scale` (made afresh).
    init(scale: Int, in parent: URL) throws {
        let base = parent.appendingPathComponent("district-x\(scale)")
        (planned, unplanned, spreadsheets, scratch) = (base.appendingPathComponent("planned"), base.appendingPathComponent("unplanned"),
                                                       base.appendingPathComponent("spreadsheets"), base.appendingPathComponent("scratch"))
        try? FileManager.default.removeItem(at: base)
        let roster = DistrictRoster.make(seed: 2022, scale: scale)
        let month = Planner(roster).plan(PlanningBenchmarks.april).roster
        _ = try RosterStore.create(folder: planned, roster: month)
        try ServedBenchmarks.writeRecord(for: month, into: planned)  // what print, notify and report hours read
        _ = try RosterStore.create(folder: unplanned, roster: roster)
        try FileManager.default.createDirectory(at: spreadsheets, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: planned.appendingPathComponent(RosterFiles.volunteers),
                                         to: spreadsheets.appendingPathComponent("volunteers.csv"))
        for (name, text) in DistrictFolders.spreadsheetText(roster) {
            try Data(text.utf8).write(to: spreadsheets.appendingPathComponent(name))
        }
        title = roster.settings.title
        volunteers = roster.volunteers.count
        checkpoints = roster.checkpoints.count
        shifts = month.duties.count
        var bytes = 0
        for name in [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties] {
            bytes += try FileManager.default.attributesOfItem(atPath: planned.appendingPathComponent(name).path)[.size] as? Int ?? 0
        }
        megabytesOnDisk = (Double(bytes) / 1_048_576 * 10).rounded() / 10
    }

    /// The folder `command` runs on, made afresh when it changes files.
    func prepare(_ command: CommandUnderTest) throws -> String {
        switch command.needs {
        case .planned: return planned.path
        case .unplanned, .empty:
            try? FileManager.default.removeItem(at: scratch)
            if command.needs == .unplanned {
                try FileManager.default.copyItem(at: unplanned, to: scratch)
            } else {
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            }
            return scratch.path
        }
    }

    /// checkpoints.csv and shifts.csv in the columns of the organizers' exports.
    private static func spreadsheetText(_ roster: Roster) -> [(String, String)] {
        let shifts = roster.shifts.map { "\($0.name),\($0.start),\($0.end)" }
        let checkpoints = roster.checkpoints.map { post in
            "\(post.name),\(post.compound),00:00-24:00,\(post.shifts.joined(separator: ";")),\(post.peoplePerShift),"
                + "\(post.requirements.map { "\($0)" }.joined(separator: ";")),\(post.keepers.joined(separator: ";")),\(post.reserve ?? "")"
        }
        return [("shifts.csv", (["班次,开始,结束"] + shifts).joined(separator: "\n") + "\n"),
                ("checkpoints.csv", (["卡口,所属小区,开放时间,班次,每班人数,要求,值守队伍,后备队伍"] + checkpoints).joined(separator: "\n") + "\n")]
    }
}
