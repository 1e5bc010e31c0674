import Foundation
import ZhibanModel

/// The four real situations shipped with zhiban, converted to its own format (see
/// Sources/ZhibanStorage/Examples and the examples' README).
public enum BundledExample: String, CaseIterable, Sendable {
    /// 春谷社区, Wuhu: 14 gate checkpoints, 158 volunteers, day and night.
    case chungu
    /// 商一社区, Wuhan: 11 compounds, party groups, 138 volunteers.
    case shangyi
    /// 银河小区, Tanchang: one 24-hour gate in three shifts, 73 volunteers.
    case yinhe
    /// 青岛站 monitoring task force: 12 members, 6 entrances, no slack.
    case station

    /// The folder holding the example's files inside the bundle.
    public var folder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("Examples").appendingPathComponent(rawValue)
    }

    /// The example's roster (read straight from the bundle, never written).
    public func roster() throws -> Roster {
        try RosterStore(folder: folder, readOnly: true).roster
    }

    /// Copies the example's files into `destination` (created if missing), which must not hold a roster yet.
    public func install(into destination: URL) throws -> RosterStore {
        try RosterStore.create(folder: destination, roster: try roster())
    }
}
