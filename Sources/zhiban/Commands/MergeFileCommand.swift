import ArgumentParser
import Foundation
import ZhibanStorage

/// `zhiban merge-file BASE OURS THEIRS PATH`: git's merge driver for roster files (set up by
/// `zhiban share`). Writes the merge into OURS, as git expects; exit status 0 for a clean merge,
/// 1 when conflict markers were left (each named as `PATH:line:` on standard error).
struct MergeFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-file",
        abstract: HelpText.text("git 合并驱动：按记录合并值班表文件", "Git merge driver: merge a roster file by record."),
        discussion: HelpText.paragraphs(
            """
            由 zhiban share 配置，git 合并时自动调用：merge.zhiban.driver = zhiban merge-file %O %A %B %P。
            排班按 日期+班次+卡口，志愿者按姓名逐栏，roster.toml 按表和键合并；两边改了同一处时留下冲突标记。
            退出码：0 合并干净，1 有冲突。
            """,
            """
            Set up by zhiban share; git calls it when merging: merge.zhiban.driver = zhiban merge-file %O %A %B %P.
            Duties merge by date, shift and checkpoint, volunteers by name field by field, roster.toml by table and
            key; a place changed two ways is left between conflict markers.
            Exit status: 0 clean, 1 conflicts left in OURS.
            """)
    )

    @Argument(help: ArgumentHelp(HelpText.text("共同的祖先版本", "The common ancestor (%O)."), valueName: "BASE"))
    var base: String

    @Argument(help: ArgumentHelp(HelpText.text("我方版本，合并结果写回这里", "Our version; the result is written here (%A)."), valueName: "OURS"))
    var ours: String

    @Argument(help: ArgumentHelp(HelpText.text("对方版本", "Their version (%B)."), valueName: "THEIRS"))
    var theirs: String

    @Argument(help: ArgumentHelp(HelpText.text("文件在仓库里的路径", "The file's path in the repository (%P)."), valueName: "PATH"))
    var path: String

    func run() throws {
        let read = { (path: String) in FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? [] }
        let result = RosterFileMerge.merge(base: read(base), ours: read(ours), theirs: read(theirs), path: path)
        do {
            try Data(result.bytes).write(to: URL(fileURLWithPath: ours))  // in place: the file keeps its mode
        } catch {
            printError("zhiban merge-file：无法写入 \(ours)：\(error.localizedDescription)")
            throw ExitCode(2)
        }
        guard result.conflicts.isEmpty else {
            Console.write(lines: result.conflicts.map(\.description), to: .error)
            throw ExitCode(1)
        }
    }
}
