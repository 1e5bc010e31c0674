import Foundation
import ZhibanModel
import ZhibanStorage

/// Where unsaved work goes when zhiban is killed (the ssh session dropped: SIGHUP; SIGTERM;
/// SIGINT), and whenever the keyboard rests with unsaved edits (so a crash or SIGKILL loses at
/// most the last seconds): `<roster>/.zhiban-recovery/`, itself a complete roster folder, offered back at the
/// next start and removed once the roster is saved or the user discards it.
struct RecoveryFolder {
    /// The folder.
    let url: URL

    /// The recovery folder of a roster folder.
    init(rosterFolder: URL) {
        url = rosterFolder.appendingPathComponent(".zhiban-recovery", isDirectory: true)
    }

    /// The roster kept there, if any can be read.
    func read() -> Roster? {
        guard FileManager.default.fileExists(atPath: url.appendingPathComponent(RosterFiles.definitions).path) else { return nil }
        return try? RosterStore(folder: url, readOnly: true).roster
    }

    /// Keeps `roster` there, replacing what was kept before.
    func write(_ roster: Roster) throws {
        discard()
        _ = try RosterStore.create(folder: url, roster: roster)
    }

    /// Removes what was kept.
    func discard() {
        try? FileManager.default.removeItem(at: url)
    }
}
