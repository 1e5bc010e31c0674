import Foundation
import ZhibanStorage

/// What `zhiban share` sets up in a roster folder, each step idempotent: a git repository,
/// `.gitattributes` naming zhiban's merge driver for the roster files, the local git config
/// defining that driver (not versioned, so every clone needs `zhiban share` once), and a
/// post-merge hook that checks the roster after every merge.
struct SharingSetup {
    /// The roster folder.
    let folder: URL
    /// How git should call this zhiban: `zhiban` when that is the one on PATH, else its full path.
    let zhibanCommand: String

    /// The driver's name in `.gitattributes` and git config.
    static let driverName = "zhiban"
    /// The attribute lines `zhiban share` writes.
    static let attributeLines = [RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties].map { "\($0) merge=\(driverName)" }
        + ["served/*.csv merge=union"]
    /// What git should not share: the writer's lock, the previous versions, a save's leftovers,
    /// the interface's recovery copy, and conflict copies of file-sync and merge tools.
    static let ignoredLines = [".zhiban.lock", "*.bak", "*.zhiban-new", ".zhiban-pending", ".zhiban-recovery/",
                               "*.sync-conflict-*", "*.orig"]
    /// The first line of a hook zhiban wrote.
    static let hookMarker = "# zhiban share：合并后检查值班表"

    /// Runs every step, returning what it did, one line each.
    func run() throws -> [String] {
        var done: [String] = []
        var git = Git(folder: folder)
        if git.topLevel == nil {
            let result = git.run(["init", "-q"])
            guard result.succeeded else { throw CommandFailure.failed("git init 失败：\(result.error)") }
            done.append("已在 \(folder.standardizedFileURL.path) 新建 git 仓库。")
            git = Git(folder: folder)
        }
        guard let top = git.topLevel else { throw CommandFailure.failed("找不到 git 仓库（git rev-parse 失败）") }
        if try addMissingLines(SharingSetup.attributeLines, to: ".gitattributes") {
            done.append("已写入 .gitattributes：值班表文件用 zhiban 按记录合并，served/*.csv 按行合并。")
        }
        if try addMissingLines(SharingSetup.ignoredLines, to: ".gitignore") {
            done.append("已写入 .gitignore：锁文件、.bak 旧版本和冲突副本不进仓库。")
        }
        let driver = "\(zhibanCommand) merge-file %O %A %B %P"
        if git.config("merge.zhiban.driver") != driver {
            git.run(["config", "--local", "merge.zhiban.name", "zhiban 值班表按记录合并"])
            let result = git.run(["config", "--local", "merge.zhiban.driver", driver])
            guard result.succeeded else { throw CommandFailure.failed("git config 失败：\(result.error)") }
            done.append("已在本机 git 设置里登记合并驱动：\(driver)")
        }
        done += try installHooks(git: git, top: top)
        return done
    }

    /// Adds the lines the folder's file `name` lacks, keeping the others; whether it changed.
    private func addMissingLines(_ lines: [String], to name: String) throws -> Bool {
        let url = folder.appendingPathComponent(name)
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let present = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) }
        guard !missing.isEmpty else { return false }
        let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + missing.joined(separator: "\n") + "\n"
        try text.write(to: url, atomically: true, encoding: .utf8)
        return true
    }

    /// The hooks that check the roster: after a merge (`git pull`, `git merge`), and after a
    /// rebase (`git pull --rebase`; post-rewrite also runs after `git commit --amend`, skipped).
    static let hooks = [(name: "post-merge", guardLine: ""), (name: "post-rewrite", guardLine: "[ \"$1\" = rebase ] || exit 0\n")]

    /// Installs (or extends) the hooks so that they check this roster folder; a hook not written
    /// by zhiban is left alone, with a note saying what to add to it. What it did, one line each.
    private func installHooks(git: Git, top: URL) throws -> [String] {
        let relative = SharingSetup.relativePath(of: folder, from: top)
        let checkLine = "\(zhibanCommand) check --roster \(SharingSetup.shellQuoted(relative)) || "
            + "echo \"zhiban：合并后 \(relative) 的值班表有上面这些问题，请改好后再提交。\" >&2"
        var done: [String] = []
        for (name, guardLine) in SharingSetup.hooks {
            let hookPath = git.run(["rev-parse", "--git-path", "hooks/\(name)"]).output.trimmingCharacters(in: .newlines)
            let hook = URL(fileURLWithPath: hookPath, relativeTo: folder).standardizedFileURL
            let existing = try? String(contentsOf: hook, encoding: .utf8)
            if let existing, !existing.contains(SharingSetup.hookMarker) {
                done.append("注意：已有别的 \(name) 钩子，没有改动它；请在其中加上一行：\(checkLine)")
                continue
            }
            if existing?.contains(checkLine) == true { continue }
            let text = (existing ?? "#!/bin/sh\n\(SharingSetup.hookMarker)（由 zhiban share 安装）\n\(guardLine)")
                .replacingOccurrences(of: "\nexit 0\n", with: "\n")
                + "echo \"zhiban：合并完成，检查 \(relative) 的值班表……\"\n" + checkLine + "\nexit 0\n"
            try FileManager.default.createDirectory(at: hook.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: hook, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
            done.append("已安装合并后检查（git 钩子 \(name)）：每次合并\(name == "post-rewrite" ? "（变基）" : "")后运行 zhiban check。")
        }
        return done
    }

    /// `folder` relative to `top` ("." for the top itself).
    static func relativePath(of folder: URL, from top: URL) -> String {
        let folderPath = folder.resolvingSymlinksInPath().standardizedFileURL.path
        let topPath = top.resolvingSymlinksInPath().standardizedFileURL.path
        guard folderPath.hasPrefix(topPath) else { return folderPath }
        let rest = folderPath.dropFirst(topPath.count).drop { $0 == "/" }
        return rest.isEmpty ? "." : String(rest)
    }

    /// A word for sh, in single quotes.
    static func shellQuoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
