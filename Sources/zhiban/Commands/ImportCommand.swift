import ArgumentParser
import Foundation
import ZhibanModel
import ZhibanStorage

/// `zhiban import PATH…`: organizers' spreadsheets into the roster.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: HelpText.text("导入 Excel/WPS 表格（.xlsx 或 CSV）", "Import spreadsheets (.xlsx or CSV)."),
        discussion: HelpText.paragraphs("""
            认得 volunteers / checkpoints / shifts / groups 四种表（按表头识别），CSV 为 UTF-8 或 GB18030 编码。
            .xlsx 工作簿的每张工作表各是一张表；隐藏的、看不出是哪张表的工作表会跳过并说明。
            有任何错误时什么都不导入，除非加 --skip-bad。按姓名合并：同一个文件导入两次不会重复。
            """, """
            Knows four tables by their headers: volunteers, checkpoints, shifts, groups; CSV in UTF-8 or GB18030.
            Each sheet of an .xlsx workbook is a table; hidden sheets and sheets that are no table are left out, and named.
            With any error nothing is imported, unless --skip-bad. Merged by name: importing a file twice adds nothing.
            """)
    )

    @OptionGroup var options: RosterOptions

    @Argument(help: ArgumentHelp(HelpText.text("表格文件（.xlsx、.csv）或文件夹", "Spreadsheet files (.xlsx, .csv) or folders."), valueName: "PATH"))
    var paths: [String]

    @Flag(name: .customLong("skip-bad"), help: ArgumentHelp(HelpText.text("导入正确的行，列出错误的行", "Import the good rows, list the bad ones.")))
    var skipBad = false

    func run() throws {
        let language = options.language
        let files: [URL]
        do {
            files = try SpreadsheetImporter.files(for: paths.map { URL(fileURLWithPath: $0) })
        } catch {
            throw CommandFailure.unreadable(error, language)
        }
        let isNew = !RosterStore.holdsDefinitions(options.folderURL)
        if options.readOnly { throw CommandFailure.failed(RosterStoreError.readOnly.message(in: language)) }
        let store: RosterStore? = isNew ? nil : try options.openStore()
        let title = Roster.defaultTitle(forFolder: options.folderURL, language: language)
        let lists: ExistingLists?
        do {
            lists = isNew ? try ExistingLists.find(in: options.folderURL, title: title) : nil
        } catch {
            throw CommandFailure.unreadable(error, language)
        }
        let base = store?.roster ?? lists?.roster ?? .empty(title: title)
        let tables: [CSVTable]
        let notes: [Localized]
        do {
            (tables, notes) = try SpreadsheetImporter.tables(reading: files)
        } catch {
            printError(error, in: language)
            printError(Localized("有文件无法读取，什么都没有导入。", "A file cannot be read: nothing was imported.")(language))
            throw ExitCode(2)
        }
        let outcome: SpreadsheetImporter.Outcome
        do {
            outcome = try SpreadsheetImporter(skipBad: skipBad).importing(tables: tables, into: base)
        } catch {
            printError(error, in: language)
            printError(Localized("有 \(error.problems.count) 处错误，什么都没有导入。改正后重试，或加 --skip-bad 只导入正确的行。",
                                 "\(error.problems.count) errors: nothing was imported. Correct them and try again, "
                                    + "or add --skip-bad to import the good rows only.")(language))
            throw ExitCode(1)
        }
        if let store {
            try store.saveForCommand(outcome.roster, language: language)
        } else {
            do {
                _ = try RosterStore.create(folder: options.folderURL, roster: outcome.roster, around: lists)
            } catch let error as RosterStoreError {
                throw CommandFailure.failed(error.message(in: language))
            } catch {
                throw CommandFailure.failed("\(error)")
            }
            if let lists {
                print(ExistingListsNotice.kept(lists, in: options.folderURL))
                ExistingListsNotice.backupHint(lists, in: options.folderURL).map(printError)
            }
        }
        // Saved first, reported after: a closed output never costs the import.
        Console.write(lines: notes.map { $0(language) }
                        + outcome.problems.map { $0.description(in: language) + Localized("（已跳过）", " (skipped)")(language) }, to: .error)
        let c = outcome.counts
        let (people, checkpoints, shifts, teams) = (c["volunteers", default: 0], c["checkpoints", default: 0], c["shifts", default: 0], c["teams", default: 0])
        let skipped = outcome.problems.count
        print(Localized("已导入：志愿者 \(people)，卡口 \(checkpoints)，班次 \(shifts)，新队伍 \(teams)。" + (skipped == 0 ? "" : "跳过 \(skipped) 行。"),
                        "Imported: \(people) volunteers, \(checkpoints) checkpoints, \(shifts) shifts, \(teams) new teams."
                            + (skipped == 0 ? "" : " Skipped \(skipped) rows."))(language))
    }
}
