import ArgumentParser
import Foundation
import ZhibanModel

/// `--lang zh|en`, shared by every command: the language of zhiban's messages (errors,
/// summaries, prompts, `check` problems, `rotate` change lines) and of the interface. The
/// printed documents (sheets, chat messages) stay Chinese.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(HelpText.text("语言：zh 或 en（默认中文，英文 locale 时英文）", "Language of messages and the interface (default: Chinese; English in an English locale)."), valueName: "zh|en"))
    var choice: Language?

    /// The language: `--lang`, else the locale's (`Language.fromEnvironment`).
    var language: Language { choice ?? Language.fromEnvironment(ProcessInfo.processInfo.environment) }
}

extension Language: ExpressibleByArgument {}
