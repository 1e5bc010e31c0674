import ArgumentParser

/// `zhiban report <kind>`: reports over what was actually served; each kind is a subcommand.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: HelpText.text("报表：实际服务情况", "Reports on what was actually served."),
        subcommands: [HoursReportCommand.self]
    )
}
