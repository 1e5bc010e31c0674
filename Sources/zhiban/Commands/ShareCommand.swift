import ArgumentParser
import Foundation
import ZhibanStorage

/// `zhiban share`: makes the roster folder ready to share with git (see Docs/sharing.md).
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: HelpText.text("用 git 共享值班表", "Share the roster with git."),
        discussion: """
            需要时新建 git 仓库；写 .gitattributes，让 git 用 zhiban 按记录合并值班表文件；在本机 git 设置里登记合并驱动
            （这项设置不随仓库复制，所以每个克隆都要运行一次；重复运行无害）；安装合并后自动运行 zhiban check 的钩子。
            Sets up git, zhiban's merge driver and a post-merge check. Safe to run again; run it once in every clone.
            """
    )

    @OptionGroup var options: RosterOptions

    func run() throws {
        do {
            _ = try RosterStore(folder: options.folderURL, readOnly: true)  // a roster that reads; nothing is written to it
        } catch {
            throw CommandFailure.unreadable(error, options.language)
        }
        let setup = SharingSetup(folder: options.folderURL, zhibanCommand: ShareCommand.zhibanCommand())
        let done = try setup.run()
        print(lines: done.isEmpty ? ["已经设置好了，没有需要改的。"] : done)
        print("下一步：git add . && git commit -m \"值班表\"；见 Docs/sharing.md。")
    }

    /// `zhiban` when the zhiban on PATH is this program, else this program's full path, quoted.
    static func zhibanCommand() -> String {
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("zhiban")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate.resolvingSymlinksInPath().path == me ? "zhiban" : SharingSetup.shellQuoted(me)
            }
        }
        return SharingSetup.shellQuoted(me)
    }
}
