import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanStorage

/// `zhiban`: the duty roster of a neighbourhood in an emergency, kept in plain files.
///
/// The only place that wires the layers together: each subcommand opens the roster through
/// the storage layer and hands it to planning, output or the terminal interface.
@main
struct Zhiban: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhiban",
        abstract: HelpText.text("值班：社区应急值班排班表", "Duty rosters for community emergency work."),
        discussion: HelpText.paragraphs(
            "值班表是一个文件夹：roster.toml（设置、班次、卡口、队伍）、volunteers.csv、duties.csv。",
            "A roster is a folder of plain files: roster.toml (settings, shifts, checkpoints, teams), volunteers.csv, duties.csv; "
                + "see Docs/file-format.md."),
        version: ZhibanVersion.current,
        subcommands: [
            InitCommand.self, ImportCommand.self, CheckCommand.self, DemoCommand.self, RotateCommand.self, PrintCommand.self,
            NotifyCommand.self, ExportCommand.self, StatsCommand.self, ShareCommand.self, MergeFileCommand.self, DistrictCommand.self,
            RecordCommand.self, CloseCommand.self, ReportCommand.self,
        ]
    )

    @OptionGroup var options: RosterOptions
    @OptionGroup var interface: InterfaceOptions

    /// With no subcommand: the terminal interface on the roster (offering to create one).
    mutating func run() throws {
        let language = options.language
        try InterfaceLauncher.requireTerminal(alternative: Localized("不带终端时请用子命令，例如 zhiban check；zhiban --help 列出全部。",
                                                                     "Without a terminal use a command, e.g. zhiban check; zhiban --help lists them all.")(language),
                                              language: language)
        if !RosterStore.holdsDefinitions(options.folderURL) {
            try RosterCreationOffer.ask(in: options.folderURL, language: language)
        }
        try InterfaceLauncher(options: interface, language: language).run(try options.openStore(forTheInterface: true))
    }

    /// Runs the command line, mapping failures to exit statuses (1: failed, 2: unreadable).
    static func main() {
        signal(SIGXFSZ, SIG_IGN)  // a file-size limit must fail the write, not kill us mid-save
        Console.prepareStandardStreams()  // a reader that stops reading must not cost a save
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as CommandFailure {
            Zhiban.exit(withError: CommandFailure.exit(for: error))
        } catch {
            finish(with: error)
        }
    }

    /// Ends with ArgumentParser's message and status for `error`, written through `Console`:
    /// help, version and completion scripts whole to standard output, errors (which may repeat
    /// what was typed) as safe lines to standard error.
    private static func finish(with error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code.isSuccess {
            if !message.isEmpty { Console.write(document: message + "\n") }
        } else if !message.isEmpty {
            Console.write(lines: message.components(separatedBy: "\n"), to: .error)
        }
        Foundation.exit(code.rawValue)
    }
}
