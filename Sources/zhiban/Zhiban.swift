import ArgumentParser
import Foundation

/// `zhiban`: the duty roster of a neighbourhood in an emergency, kept in plain files.
///
/// The only place that wires the layers together: each subcommand opens the roster through
/// the storage layer and hands it to planning, output or the terminal interface.
@main
struct Zhiban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhiban",
        abstract: "值班：社区应急值班排班表 / Duty rosters for community emergency work.",
        discussion: """
            值班表是一个文件夹：roster.toml（设置、班次、卡口、队伍）、volunteers.csv、duties.csv。
            A roster is a folder of plain files; see Docs/file-format.md.
            """,
        subcommands: [
            InitCommand.self, ImportCommand.self, CheckCommand.self, DemoCommand.self, RotateCommand.self, PrintCommand.self,
            NotifyCommand.self, ExportCommand.self, StatsCommand.self,
        ]
    )

    @OptionGroup var options: RosterOptions

    mutating func run() throws {
        print(Zhiban.helpMessage())
    }

    /// Runs the command line, mapping failures to exit statuses (1: failed, 2: unreadable).
    static func main() {
        signal(SIGXFSZ, SIG_IGN)  // a file-size limit must fail the write, not kill us mid-save
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CommandFailure {
            Zhiban.exit(withError: CommandFailure.exit(for: error))
        } catch {
            Zhiban.exit(withError: error)
        }
    }
}
