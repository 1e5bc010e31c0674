import ArgumentParser

/// `zhiban export <format>`: the roster in formats other programs read; each format is a
/// subcommand in its own file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: HelpText.text("导出", "Export the roster for other programs."),
        subcommands: [ExportDutiesCommand.self, ExportIcsCommand.self]
    )
}
