import Foundation
import ArgumentParser

/// Options of the terminal interface, shared by `zhiban` and `zhiban demo`.
struct InterfaceOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: ArgumentHelp(HelpText.text("不用颜色（也可设 NO_COLOR）", "No colours (NO_COLOR works too).")))
    var noColor = false

    // Not `--by`: ArgumentParser would let it take `print --by gate` (a bad grouping) for itself.
    @Option(help: ArgumentHelp(HelpText.text("在界面里记录值班实绩时的记录人（默认系统用户名），如 --recorder 王书记",
                                             "Who is entering what was served from the interface (default: the OS user), e.g. --recorder 王书记"),
                               valueName: "NAME"))
    var recorder: String?

    /// Refuses an empty `--recorder` when the command line is read, before any terminal is needed.
    func validate() throws {
        if let recorder, recorder.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(HelpText.text("--recorder 不能为空", "--recorder must name someone."))
        }
    }
}
