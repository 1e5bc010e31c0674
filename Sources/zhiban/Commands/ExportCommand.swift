import ArgumentParser

/// `zhiban export …`: the roster in formats other programs read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出 / Export the roster for other programs.",
        subcommands: [ExportIcsCommand.self]
    )
}
