import Foundation
import ZhibanModel

/// Brings organizers' spreadsheets (`volunteers.csv`, `checkpoints.csv`, `shifts.csv`,
/// `groups.csv`, as exported from Excel or WPS, or `.xlsx` workbooks whose sheets are those
/// tables) into a roster.
///
/// Files are recognised by their headers, not their names. Records are merged by name, so
/// importing the same file twice changes nothing. With any bad row nothing is imported, unless
/// `skipBad` is set: then the good rows are imported and the bad ones still listed.
public struct SpreadsheetImporter: Sendable {
    /// What an import did.
    public struct Outcome: Sendable {
        /// The roster with the imported records merged in.
        public var roster: Roster
        /// Every bad row (with `skipBad`, these were left out).
        public var problems: [Diagnostic]
        /// How many records of each kind were read: `volunteers`, `checkpoints`, `shifts`, `teams`.
        public var counts: [String: Int]
        /// Sheets of workbooks that were left out, and why (hidden, or not a table).
        public var notes: [Localized] = []
    }

    /// Import the good rows and list the bad ones, instead of refusing the whole import.
    public var skipBad: Bool

    /// Creates an importer.
    public init(skipBad: Bool = false) { self.skipBad = skipBad }

    /// The files to read for `paths`: files as given, folders by their `*.csv` and `*.xlsx` files in
    /// name order (leaving out Excel's `~$…` lock files and hidden files).
    public static func files(for paths: [URL]) throws(RosterFileError) -> [URL] {
        var files: [URL] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
                throw RosterFileError(file: path.path, line: 0, Localized("文件或文件夹不存在", "no such file or folder"))
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path.path)) ?? []
                let spreadsheets = names.filter { name in
                    !name.hasPrefix("~$") && !name.hasPrefix(".") && [".csv", ".xlsx"].contains { name.lowercased().hasSuffix($0) }
                }
                files += spreadsheets.sorted().map { path.appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// Reads `files` (CSV text or `.xlsx` workbooks, told apart by their content) and merges them
    /// into `roster`.
    public func importing(_ files: [URL], into roster: Roster) throws(RosterFileError) -> Outcome {
        let read = try SpreadsheetImporter.tables(reading: files)
        var outcome = try importing(tables: read.tables, into: roster)
        outcome.notes = read.notes
        return outcome
    }

    /// The tables of `files`: one per CSV file, one per worksheet of an `.xlsx` workbook, and a
    /// note for each workbook sheet left out. Throws every file that cannot be read at all
    /// (missing, unreadable, too big, not text, holding conflict markers, a bad workbook), each
    /// as `file:line:`.
    public static func tables(reading files: [URL]) throws(RosterFileError) -> (tables: [CSVTable], notes: [Localized]) {
        var tables: [CSVTable] = []
        var notes: [Localized] = []
        var problems: [Diagnostic] = []
        for url in files {
            let name = url.relativePath
            do {
                let bytes = try FileSizeLimit.contents(of: url, name: name)
                if WorkbookFileKind(bytes: bytes) == .text {
                    tables.append(CSVTable(records: try CSVFile.records(bytes: bytes, name: name), file: name))
                } else {
                    let workbook = try WorkbookReader.read(bytes: bytes, name: name)
                    tables += workbook.tables
                    notes += workbook.notes
                }
            } catch {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw RosterFileError(problems) }
        return (tables, notes)
    }

    /// Merges already-parsed tables (records and the file name for messages) into `roster`.
    public func importing(tables: [CSVTable], into roster: Roster) throws(RosterFileError) -> Outcome {
        var sorted = SortedTables()
        var problems: [Diagnostic] = []
        for table in tables {
            guard let header = table.records.first(where: { !$0.isBlank }) else {
                problems.append(Diagnostic(file: table.file, line: 1, Localized("文件是空的", "the file is empty")))
                continue
            }
            if ColumnMap.header(header, mentions: CheckpointTable.signature) {
                sorted.checkpoints.append(table)
            } else if ColumnMap.header(header, mentions: ShiftTable.signature) {
                sorted.shifts.append(table)
            } else if ColumnMap.header(header, mentions: GroupTable.signature) {
                sorted.groups.append(table)
            } else if ColumnMap.header(header, mentions: VolunteerTable.signature) {
                sorted.volunteers.append(table)
            } else {
                problems.append(Diagnostic(file: table.file, line: header.line,
                    Localized("看不出这是哪张表：表头应含“姓名”（志愿者）、“卡口”（卡口）、“开始”（班次）或“负责小区”（党小组）",
                              "cannot tell which table this is: the header should hold 姓名/name (volunteers), 卡口/checkpoint (checkpoints), "
                                + "开始/start (shifts) or 负责小区/compounds (party groups)")))
            }
        }
        var result = roster
        var counts: [String: Int] = [:]
        for table in sorted.shifts {
            let read = try ShiftTable.read(table.records, file: table.file)
            problems += read.problems
            counts["shifts", default: 0] += read.items.count
            result.shifts.upsert(read.items, by: \.name)
        }
        for table in sorted.volunteers {
            let reference = roster.shortDateReference(today: LocalDate.today(inTimeZone: roster.settings.timeZone))
            let read = try VolunteerTable.read(table.records, file: table.file, near: reference)
            problems += read.problems
            counts["volunteers", default: 0] += read.items.count
            result.volunteers.upsert(read.items, by: \.name) { VolunteerTable.merged($0, with: $1, columns: read.columns) }
        }
        let teamsBefore = result.teams.count
        result.addTeamsNamedByVolunteers()
        for table in sorted.groups {
            let read = try GroupTable.read(table.records, file: table.file)
            problems += read.problems
            result.mergeGroups(read.items)
        }
        counts["teams"] = result.teams.count - teamsBefore
        let shiftNames = Set(result.shifts.map(\.name))
        let teamNames = Set(result.teams.map(\.name))
        for table in sorted.checkpoints {
            let read = try CheckpointTable.read(table.records, file: table.file, shifts: shiftNames, teams: teamNames)
            problems += read.problems
            counts["checkpoints", default: 0] += read.items.count
            result.checkpoints.upsert(read.items, by: \.name) { CheckpointTable.merged($0, with: $1, columns: read.columns) }
        }
        if !problems.isEmpty && !skipBad { throw RosterFileError(problems) }
        return Outcome(roster: result, problems: problems.sorted(), counts: counts)
    }

    private struct SortedTables {
        var shifts: [CSVTable] = []
        var volunteers: [CSVTable] = []
        var groups: [CSVTable] = []
        var checkpoints: [CSVTable] = []
    }
}

extension Array {
    /// Replaces each element that has the key of one already here (the first such) by `merge`
    /// of the two (old, new; by default the new one), and appends the others. One pass over an
    /// index, so merging 20,000 volunteers into 20,000 is linear, not 400 million comparisons.
    mutating func upsert<Key: Hashable>(
        _ elements: some Sequence<Element>, by key: KeyPath<Element, Key>,
        merging merge: (Element, Element) -> Element = { $1 }
    ) {
        var positions: [Key: Int] = [:]
        for (index, element) in enumerated() where positions[element[keyPath: key]] == nil {
            positions[element[keyPath: key]] = index
        }
        for element in elements {
            if let index = positions[element[keyPath: key]] {
                self[index] = merge(self[index], element)
            } else {
                positions[element[keyPath: key]] = count
                append(element)
            }
        }
    }
}

extension Roster {
    /// Adds a team for every team name a volunteer gives that the roster does not have yet, in
    /// order of first mention, and sets each team's leader from its members' roles.
    mutating func addTeamsNamedByVolunteers() {
        var known = Set(teams.map(\.name))
        for volunteer in volunteers where !volunteer.team.isEmpty && known.insert(volunteer.team).inserted {
            teams.append(Team(name: volunteer.team, kind: Team.kind(guessedFrom: volunteer.team)))
        }
        let leaders = firstLeaderByTeam
        for index in teams.indices where teams[index].leader == nil {
            teams[index].leader = leaders[teams[index].name]
        }
    }

    /// Merges the teams of the groups table, in order: an existing team (the first of its name)
    /// takes a group's kind and compounds and keeps a known leader; a new one is appended with
    /// the leader its members' roles give.
    mutating func mergeGroups(_ groups: [Team]) {
        var positions: [String: Int] = [:]
        for (index, team) in teams.enumerated() where positions[team.name] == nil { positions[team.name] = index }
        let leaders = firstLeaderByTeam
        for group in groups {
            if let index = positions[group.name] {
                teams[index].kind = group.kind
                teams[index].compounds = group.compounds
            } else {
                var team = group
                team.location = nil
                team.leader = leaders[group.name]
                positions[group.name] = teams.count
                teams.append(team)
            }
        }
    }

    /// The first volunteer marked as leader in each team, by team name: one pass over the
    /// volunteers, rather than one per team.
    private var firstLeaderByTeam: [String: String] {
        var leaders: [String: String] = [:]
        for volunteer in volunteers where volunteer.isLeader && leaders[volunteer.team] == nil {
            leaders[volunteer.team] = volunteer.name
        }
        return leaders
    }
}
