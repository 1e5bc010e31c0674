import Foundation
import ZhibanModel

/// The files a roster folder holds, and the conversion between them and a `Roster`.
///
/// - `roster.toml`: settings, rules, shifts, checkpoints, teams, rotations;
/// - `volunteers.csv`: one volunteer per line (holds phone numbers: created for its owner only);
/// - `duties.csv`: one duty per line.
public enum RosterFiles {
    /// Definitions.
    public static let definitions = "roster.toml"
    /// Volunteers.
    public static let volunteers = "volunteers.csv"
    /// Duties.
    public static let duties = "duties.csv"

    /// The bytes of each file for `roster`, in a canonical form: loading and saving an unchanged
    /// roster gives byte-identical files.
    public static func contents(of roster: Roster) -> [(name: String, bytes: [UInt8])] {
        [
            (definitions, Array(RosterTOMLWriter.text(for: roster).utf8)),
            (volunteers, Array(CSVWriter.file(header: VolunteerTable.header, rows: VolunteerTable.rows(roster.volunteers)).utf8)),
            (duties, Array(CSVWriter.file(header: DutyTable.header, rows: DutyTable.rows(roster.duties)).utf8)),
        ]
    }

    /// Permissions for a new file: owner only for the one holding phone numbers.
    public static func newFileMode(_ name: String) -> mode_t { name == volunteers ? 0o600 : 0o644 }

    /// Reads a roster from the bytes of its files (`nil` for a file that does not exist; only
    /// `roster.toml` is required). `prefix` is put before each file name in messages.
    public static func roster(from files: [String: [UInt8]?], prefix: String = "") throws(RosterFileError) -> Roster {
        guard case let definitionBytes?? = files[definitions] else {
            throw RosterFileError(file: prefix + definitions, line: 0, "找不到值班表文件；用 zhiban init 新建，或用 --roster 指定文件夹")
        }
        if let problem = FileSizeLimit.problem(size: definitionBytes.count) {
            throw RosterFileError(file: prefix + definitions, line: 0, problem)
        }
        let text: String
        do {
            text = try TextDecoder.decode(definitionBytes).text
        } catch {
            throw RosterFileError(file: prefix + definitions, line: error.line, error.message)
        }
        var problems: [Diagnostic] = []
        var roster = Roster.empty(title: "")
        do {
            roster = try RosterTOMLReader.roster(from: text, file: prefix + definitions)
        } catch {
            problems += error.problems
        }
        // Duties first: a date without a year in 不能值班 is read near the last planned date.
        if let read = table(duties, in: files, prefix: prefix, problems: &problems, DutyTable.read) {
            roster.duties = read
            roster.sortDuties()
        }
        let reference = roster.shortDateReference(today: LocalDate.today(inTimeZone: roster.settings.timeZone))
        if let read = table(volunteers, in: files, prefix: prefix, problems: &problems, { (records, file) throws(RosterFileError) in
            try VolunteerTable.read(records, file: file, near: reference)
        }) {
            roster.volunteers = read
        }
        if !problems.isEmpty { throw RosterFileError(problems) }
        return roster
    }

    /// Reads one CSV table of the folder, adding its problems; nil when the file does not exist.
    private static func table<Item>(
        _ name: String, in files: [String: [UInt8]?], prefix: String, problems: inout [Diagnostic],
        _ read: ([CSVRecord], String) throws(RosterFileError) -> TableRead<Item>
    ) -> [Item]? {
        guard case let bytes?? = files[name] else { return nil }
        do {
            let result = try read(try CSVFile.records(bytes: bytes, name: prefix + name), prefix + name)
            problems += result.problems
            return result.items
        } catch {
            problems += error.problems
            return nil
        }
    }
}
