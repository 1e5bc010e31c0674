import ArgumentParser

/// Options of the terminal interface, shared by `zhiban` and `zhiban demo`.
struct InterfaceOptions: ParsableArguments {
    @Flag(name: .customLong("no-color"), help: ArgumentHelp(HelpText.text("不用颜色（也可设 NO_COLOR）", "No colours (NO_COLOR works too).")))
    var noColor = false
}
