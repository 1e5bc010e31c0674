import Foundation
import ArgumentParser

/// Options of the terminal interface, shared by `zhiban` and `zhiban demo`.
struct InterfaceOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: ArgumentHelp(HelpText.text("不用颜色（也可设 NO_COLOR）", "No colours (NO_COLOR works too).")))
    var noColor = false

    @Option(help: ArgumentHelp(HelpText.text("在界面里记录值班实绩时的记录人（默认系统用户名），如 --by 王书记",
                                             "Who is entering what was served from the interface (default: the OS user), e.g. --by 王书记"),
                               valueName: "NAME"))
    var by: String?

    /// Refuses an empty `--by` when the command line is read, before any terminal is needed.
    func validate() throws {
        if let by, by.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(HelpText.text("--by 不能为空", "--by must name someone."))
        }
    }
}
