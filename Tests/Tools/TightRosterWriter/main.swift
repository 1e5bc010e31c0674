// zhiban-tight-rosters DIR: writes every tight roster of `TightRosters.seeds` as a roster folder
// DIR/seed-N (roster.toml, volunteers.csv, duties.csv), for `Scripts/cpsat_tight.py` to solve.

import Foundation
import PlanningFixtures
import ZhibanStorage

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write("usage: zhiban-tight-rosters DIR\n".data(using: .utf8)!)
    exit(2)
}
let base = URL(fileURLWithPath: CommandLine.arguments[1])
for seed in TightRosters.seeds {
    let folder = base.appendingPathComponent("seed-\(seed)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for file in RosterFiles.contents(of: TightRosters.make(seed: seed)) {
        try Data(file.bytes).write(to: folder.appendingPathComponent(file.name))
    }
}
