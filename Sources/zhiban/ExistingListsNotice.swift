import Foundation
import ZhibanStorage

/// What zhiban says when a roster is created in a folder that already holds `volunteers.csv` or
/// `duties.csv` (`zhiban init`, `zhiban import`, the interface's offer): `roster.toml` is built
/// around them, and what is left to do.
enum ExistingListsNotice {
    /// The lists and what they hold: `volunteers.csv（158 名志愿者）、duties.csv（420 个班）`.
    static func contents(_ lists: ExistingLists) -> String {
        lists.files.map { file in
            file == RosterFiles.volunteers ? "\(file)（\(lists.roster.volunteers.count) 名志愿者）"
                : file == RosterFiles.duties ? "\(file)（\(lists.roster.duties.count) 个班）" : file
        }.joined(separator: "、")
    }

    /// What was kept, once `roster.toml` was written in `folder`.
    static func kept(_ lists: ExistingLists, in folder: URL) -> String {
        "已为已有的名单补上 roster.toml：\(folder.relativePath)（保留 \(contents(lists))，按“所属队伍”建了 \(lists.roster.teams.count) 个队伍）。"
    }

    /// What is left to do once `roster.toml` was built around lists alone.
    static let whatIsLeft = "班次和卡口请在 roster.toml 里补上（或用 zhiban import 导入）：zhiban check 会列出名单里用到却没有定义的。"

    /// The word about `roster.toml.bak`, when there is one: the previous version of the missing file.
    static func backupHint(_ lists: ExistingLists, in folder: URL) -> String? {
        guard lists.hasDefinitionsBackup else { return nil }
        let path = folder.appendingPathComponent(RosterFiles.definitions).relativePath
        return "注意：\(path)\(FileCommit.backupSuffix) 是 roster.toml 上次保存前的版本；如果 roster.toml 是误删的，"
            + "用它换掉新建的即可：mv \(path)\(FileCommit.backupSuffix) \(path)"
    }
}
