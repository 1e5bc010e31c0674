import ArgumentParser
import ZhibanModel

/// Options of the terminal interface, shared by `zhiban` and `zhiban demo`.
struct InterfaceOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: "不用颜色（也可设 NO_COLOR） / No colours (NO_COLOR works too).")
    var noColor = false

    @Option(name: .customLong("lang"), help: ArgumentHelp("界面语言：zh 或 en（默认按 LANG） / Interface language.", valueName: "zh|en"))
    var language: Language?
}

extension Language: ExpressibleByArgument {}
