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

    /// The three files, in the order they are checked and written.
    public static let names = [definitions, volunteers, duties]

    /// Copies the part of the roster that the file `name` holds from `source` into `target`.
    static func copy(_ name: String, from source: Roster, to target: inout Roster) {
        switch name {
        case definitions:
            (target.settings, target.shifts, target.checkpoints) = (source.settings, source.shifts, source.checkpoints)
            (target.teams, target.rotations) = (source.teams, source.rotations)
        case volunteers: target.volunteers = source.volunteers
        default: target.duties = source.duties
        }
    }

    /// The bytes of each file for `roster`, in a canonical form: loading and saving an unchanged
    /// roster gives byte-identical files.
    public static func contents(of roster: Roster) -> [(name: String, bytes: [UInt8])] {
        [
            (definitions, Array(RosterTOMLWriter.text(for: roster).utf8)),
            (volunteers, VolunteerTable.file(roster.volunteers)),
            (duties, CSVWriter.file(header: DutyTable.header, rows: DutyTable.rows(roster.duties))),
        ]
    }

    /// The files a save of `roster` writes over a folder whose files hold `files` (their bytes as
    /// read, nil for a missing file): only those whose part of the roster changed, each keeping
    /// what a person wrote in it (unknown columns, the comments and order of `roster.toml`).
    public static func contents(of roster: Roster, over files: [String: [UInt8]?]) throws(RosterFileError) -> [(name: String, bytes: [UInt8])] {
        let (old, layout) = try read(from: files)
        return layout.changedFiles(from: old, to: roster)
    }

    /// Permissions for a new file: owner only for the one holding phone numbers.
    public static func newFileMode(_ name: String) -> mode_t { name == volunteers ? 0o600 : 0o644 }

    /// Reads a roster from the bytes of its files (`nil` for a file that does not exist; only
    /// `roster.toml` is required). `prefix` is put before each file name in messages.
    public static func roster(from files: [String: [UInt8]?], prefix: String = "") throws(RosterFileError) -> Roster {
        try read(from: files, prefix: prefix).roster
    }

    /// Reads a roster and the layout of its files (columns, unknown cells, the text of `roster.toml`).
    static func read(from files: [String: [UInt8]?], prefix: String = "") throws(RosterFileError) -> (roster: Roster, layout: RosterFileLayout) {
        guard case let definitionBytes?? = files[definitions] else {
            throw RosterFileError(file: prefix + definitions, line: 0, Localized("找不到值班表文件；用 zhiban init 新建，或用 --roster 指定文件夹",
                                                                            "no roster file here; create one with zhiban init, or name the folder with --roster"))
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
        // The duties (most of the bytes) are read on a second core while this one reads
        // roster.toml and splits volunteers.csv; nothing joins them until the volunteers' dates
        // without a year, which are read near the last planned date. Problems keep their order.
        let ((dutiesRead, dutyProblems), (definitionsRead, volunteerRows)) = TwoAtOnce.run({
            var problems: [Diagnostic] = []
            let read = items(rows(duties, DutyTable.specs, in: files, prefix: prefix), file: prefix + duties, problems: &problems) {
                var read = DutyTable.read($0, file: $1)
                Roster.sortInSlotOrder(&read.items)
                return read
            }
            return (read, problems)
        }, {
            (Result { () throws(RosterFileError) in try RosterTOMLReader.roster(from: text, file: prefix + definitions) },
             rows(volunteers, VolunteerTable.specs, in: files, prefix: prefix))
        })
        var problems: [Diagnostic] = []
        var roster = Roster.empty(title: "")
        switch definitionsRead {
        case .success(let read): roster = read
        case .failure(let error): problems += error.problems
        }
        var layout = RosterFileLayout.canonical
        layout.writtenDefinitions = text
        // Duties first: a date without a year in 不能值班 is read near the last planned date.
        problems += dutyProblems
        if let (read, table) = dutiesRead {
            roster.duties = read
            layout.duties = KeptColumns(table: table, specs: DutyTable.specs, records: read.map { ($0.slot, $0.location) })
        }
        let reference = roster.shortDateReference(today: LocalDate.today(inTimeZone: roster.settings.timeZone))
        if let (read, table) = items(volunteerRows, file: prefix + volunteers, problems: &problems, {
            VolunteerTable.read($0, file: $1, near: reference)
        }) {
            roster.volunteers = read
            layout.volunteers = KeptColumns(table: table, specs: VolunteerTable.specs, records: read.map { ($0.name, $0.location) })
        }
        if !problems.isEmpty { throw RosterFileError(problems) }
        return (roster, layout)
    }

    /// One CSV table of the folder split into its rows (or why it cannot be); nil when the file
    /// does not exist.
    private static func rows(_ name: String, _ specs: [ColumnSpec], in files: [String: [UInt8]?], prefix: String) -> Result<TableRows, RosterFileError>? {
        guard case let bytes?? = files[name] else { return nil }
        return Result { () throws(RosterFileError) in
            try TableRows(records: try CSVFile.records(bytes: bytes, name: prefix + name), specs: specs, file: prefix + name)
        }
    }

    /// The items `read` makes of a table's rows, adding its problems (or the file's own, when it
    /// could not be split into rows); nil when the file does not exist or could not be split.
    /// Gives the rows too, for the cells of the columns zhiban does not know.
    private static func items<Item>(
        _ rows: Result<TableRows, RosterFileError>?, file: String, problems: inout [Diagnostic], _ read: (TableRows, String) -> TableRead<Item>
    ) -> ([Item], TableRows)? {
        switch rows {
        case nil:
            return nil
        case .failure(let error)?:
            problems += error.problems
            return nil
        case .success(let table)?:
            let result = read(table, file)
            problems += result.problems
            return (result.items, table)
        }
    }
}
