import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanOutput
import ZhibanPlanning
import ZhibanStorage

/// `zhiban district DIR… [--format text|csv|html] [--from DATE] [--to DATE]`: many communities'
/// rosters summed up, read-only, one row each, worst coverage first.
struct DistrictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "district",
        abstract: HelpText.text("街道/区汇总：各社区的覆盖、空缺、缺党员的班、工时", "Sum up many communities' rosters."),
        discussion: HelpText.paragraphs(
            """
            DIR 是一个值班表文件夹，或装着多个值班表文件夹的文件夹。只读，不加锁，不写入；不输出任何电话号码。
            每个社区默认统计它排了班的日期；--from/--to 统一日期。读不了的值班表列在最前，只写出错的位置。
            退出码：0 全部读取，1 有社区读不了，2 找不到值班表。
            """,
            """
            DIR is a roster folder, or a folder holding roster folders. Read-only: no lock, nothing written, no phone
            number printed. Each community is counted over the dates it has planned; --from/--to set one period for
            all. Rosters that cannot be read come first, with where they went wrong.
            Exit status: 0 all read, 1 some unreadable, 2 none found.
            """)
    )

    /// The formats of the report.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, csv, html
    }

    @Argument(help: ArgumentHelp(HelpText.text("值班表文件夹，或装着它们的文件夹", "Roster folders, or folders holding them."), valueName: "DIR"))
    var directories: [String]

    @Option(name: .long, help: ArgumentHelp(HelpText.text("text、csv 或 html", "Output format.")))
    var format: Format = .text

    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let (from, to) = try dates.parsed(for: nil, language: languageOption.language)  // many rosters: a year read near today
        let folders = try directories.flatMap(DistrictCommand.rosterFolders)
        guard !folders.isEmpty else {
            printError("在 \(directories.joined(separator: "、")) 里没有找到值班表（roster.toml）。")
            throw ExitCode(2)
        }
        var entries = Array(repeating: DistrictReport.Entry.unreadable(folder: "", place: ""), count: folders.count)
        entries.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let results = buffer
            DispatchQueue.concurrentPerform(iterations: folders.count) { index in
                results[index] = DistrictCommand.entry(for: folders[index], from: from, to: to)
            }
        }
        let report = DistrictReport(entries)
        switch format {
        case .text:
            var table = TextColumns(header: DistrictReport.header, rightAligned: DistrictReport.numberColumns)
            table.widestText = 60  // room for where an unreadable roster went wrong
            table.rows = report.rows
            print(lines: table.lines)
        case .csv:
            Console.write(document: report.csv())
        case .html:
            Console.write(document: report.html(title: "值班汇总：\(folders.count) 个社区"))
        }
        if report.entries.contains(where: { if case .unreadable = $0 { return true } else { return false } }) { throw ExitCode(1) }
    }

    /// One community, read without a lock.
    private static func entry(for folder: URL, from: LocalDate?, to: LocalDate?) -> DistrictReport.Entry {
        let name = folder.lastPathComponent
        do {
            let roster = try RosterStore(folder: folder, readOnly: true).roster
            return .summary(CommunitySummary(folder: name, roster: roster, from: from, to: to))
        } catch let error as RosterFileError {
            let place = error.problems.first?.location.map(\.description) ?? "roster.toml"
            return .unreadable(folder: name, place: place)
        } catch {
            return .unreadable(folder: name, place: "\(error)")
        }
    }

    /// The roster folders `path` names: itself when it holds `roster.toml`, else its subfolders that do.
    static func rosterFolders(_ path: String) throws -> [URL] {
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.appendingPathComponent(RosterFiles.definitions).path) { return [folder] }
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else {
            throw CommandFailure.failed("无法打开文件夹 \(path)")
        }
        return names.sorted().map { folder.appendingPathComponent($0, isDirectory: true) }
            .filter { manager.fileExists(atPath: $0.appendingPathComponent(RosterFiles.definitions).path) }
    }
}
