import Foundation
import ZhibanModel
import ZhibanOutput
import ZhibanStorage

/// Commit on save (`[sharing] commit_on_save = true`): after a successful save, the roster files
/// are committed with a message saying what changed. A commit that fails (no git, no repository,
/// no name set for git) never undoes the save: it returns a warning to show.
enum SaveCommit {
    /// Commits the roster files in `folder` if `new` asks for it; the warning to show when the
    /// commit failed, nil otherwise (also when nothing was to be committed).
    static func afterSave(in folder: URL, old: Roster, new: Roster) -> String? {
        guard new.settings.commitOnSave, let message = CommitMessage.text(old: old, new: new) else { return nil }
        let git = Git(folder: folder)
        let files = [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties]
            .filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        let added = git.run(["add", "--"] + files)
        let committed = added.succeeded ? git.run(["commit", "-q", "-m", message, "--"] + files) : added
        guard committed.succeeded else {
            let reason = committed.error.split(separator: "\n").first.map(String.init) ?? "git 退出码 \(committed.status)"
            return "已保存，但没能提交到 git（commit_on_save）：\(reason)"
        }
        return nil
    }
}
