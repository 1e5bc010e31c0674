import Foundation
import ZhibanStorage

/// Warnings printed when a command opens a roster: conflict copies beside the roster files, and a
/// shared roster (its `.gitattributes` names zhiban's merge driver) whose clone lacks the local git
/// config defining it — git would then merge the files line by line.
enum SharingWarnings {
    /// The warning lines for the roster in `folder`; empty when all is well.
    static func lines(for folder: URL) -> [String] {
        var lines = ConflictCopies.names(in: folder).map {
            "注意：\(folder.appendingPathComponent($0).relativePath) 是同步软件或合并工具留下的冲突副本，zhiban 不会读取它；"
                + "请对照其中的修改，改进值班表后删除它。"
        }
        let attributes = (try? String(contentsOf: folder.appendingPathComponent(".gitattributes"), encoding: .utf8)) ?? ""
        if attributes.contains("merge=\(SharingSetup.driverName)"), Git(folder: folder).config("merge.zhiban.driver") == nil {
            lines.append("注意：这个值班表用 git 共享，但本机还没有登记 zhiban 的合并驱动，git 会逐行合并、可能弄乱排班；"
                + "请在值班表文件夹运行一次 zhiban share。")
        }
        return lines
    }
}
