import Foundation
import ZhibanModel
import ZhibanStorage

/// `:saveas` in the interface: the work saved as a new roster folder, leaving the open one as it
/// is (used when someone else changed the files, so that neither version is lost).
enum RosterCopy {
    /// The folder offered for the copy: beside the roster, named after it, not yet taken.
    static func suggestion(for folder: URL) -> String {
        var base = folder.standardizedFileURL.path
        while base.count > 1, base.hasSuffix("/") { base.removeLast() }
        let candidates = ["\(base)-副本"] + (2...99).map { "\(base)-副本\($0)" }
        return candidates.first { !FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
    }

    /// Saves `roster` as a new roster in `path` (relative to the current directory), its files
    /// laid out as those of `original` (unknown columns, comments). Refuses a folder that already
    /// holds a roster.
    static func save(_ roster: Roster, like original: RosterStore, to path: String, language: Language) -> (message: String, failed: Bool) {
        let url = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
        do {
            _ = try RosterStore.create(folder: url, roster: roster, like: original)
        } catch {
            let reason = error is RosterFileError || error is RosterStoreError ? "\(error)" : error.localizedDescription
            return (Localized("另存到 \(url.path) 失败：\(reason)", "Could not save a copy in \(url.path): \(reason)")(language), true)
        }
        return (Localized("已另存到 \(url.path)（这里打开的仍是原来的值班表）",
                          "Saved a copy in \(url.path) (the roster open here is still the original)")(language), false)
    }
}
