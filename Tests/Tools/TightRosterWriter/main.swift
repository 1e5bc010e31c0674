// zhiban-tight-rosters DIR: writes every tight roster of `TightRosters.seeds` as a roster folder
// DIR/seed-N (roster.toml, volunteers.csv, duties.csv), for `Scripts/cpsat_tight.py` to solve,
// and every volunteer point of `ShortShiftRosters.seeds` as DIR/short-N, to plan and read by hand.

import Foundation
import PlanningFixtures
import ZhibanStorage

guard CommandLine.arguments.count == 2 else {
    FileHandle.standardError.write("usage: zhiban-tight-rosters DIR\n".data(using: .utf8)!)
    exit(2)
}
let base = URL(fileURLWithPath: CommandLine.arguments[1])
let tight = TightRosters.seeds.map { ("seed-\($0)", TightRosters.make(seed: $0)) }
for (name, roster) in tight + ShortShiftRosters.seeds.map({ ("short-\($0)", ShortShiftRosters.make(seed: $0)) }) {
    let folder = base.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for file in RosterFiles.contents(of: roster) {
        try Data(file.bytes).write(to: folder.appendingPathComponent(file.name))
    }
}
