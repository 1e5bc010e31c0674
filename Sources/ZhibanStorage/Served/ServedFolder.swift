import Foundation
import ZhibanModel

/// The served record of a roster folder: `served/YYYY-MM.csv`, one file per month of the duties'
/// dates. Read lazily, by the commands that need it; written only through `RosterStore.record`.
public enum ServedFolder {
    /// The folder's name inside the roster folder.
    public static let name = "served"

    /// `2022-04.csv` for the month `2022-04`.
    public static func fileName(month: String) -> String { month + ".csv" }

    /// The month files present (`2022-04.csv` …), sorted; other files are ignored.
    public static func monthFiles(in roster: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: roster.appendingPathComponent(name).path)) ?? []
        return names.filter(isMonthFile).sorted()
    }

    /// Every event of the record, month by month, each month in file order. `prefix` is put before
    /// file names in messages. Throws every problem of every file at once.
    public static func events(in roster: URL, prefix: String = "") throws(RosterFileError) -> [ServedEvent] {
        let folder = roster.appendingPathComponent(name)
        let commit = FileCommit(folder: folder.path)
        var events: [ServedEvent] = []
        var problems: [Diagnostic] = []
        for file in monthFiles(in: roster) {
            let shown = prefix + name + "/" + file
            do {
                let records = try CSVFile.records(at: URL(fileURLWithPath: commit.path(toRead: file)), name: shown)
                let read = try ServedTable.read(records, file: shown, month: String(file.prefix(7)))
                events += read.items
                problems += read.problems
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw RosterFileError(problems) }
        return events
    }

    /// Whether `file` is named like a month file: `YYYY-MM.csv`.
    static func isMonthFile(_ file: String) -> Bool {
        guard file.count == 11, file.hasSuffix(".csv") else { return false }
        let month = file.prefix(7)
        return LocalDate(parsing: month + "-01") != nil && month.count == 7 && month.dropFirst(4).first == "-"
    }
}
