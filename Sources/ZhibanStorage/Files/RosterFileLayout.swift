import ZhibanModel

/// What a roster folder's files hold beyond the roster itself, so that a save keeps what a
/// person wrote: the CSV tables' columns as the files have them, with the cells of columns zhiban
/// does not know, and `roster.toml`'s own text, comments and order.
struct RosterFileLayout: Sendable {
    /// `volunteers.csv`, its records known by name.
    var volunteers: KeptColumns<String>
    /// `duties.csv`, its records known by slot.
    var duties: KeptColumns<Slot>
    /// The text of `roster.toml` as written (nil: written canonically). It is cut into its tables
    /// (`TOMLDocument`) only when a save rewrites it, which most commands never do.
    var writtenDefinitions: String?

    /// The layout of files zhiban writes itself.
    static let canonical = RosterFileLayout(
        volunteers: KeptColumns(specs: VolunteerTable.specs), duties: KeptColumns(specs: DutyTable.specs), writtenDefinitions: nil)

    /// The files whose content differs between `old` (what the files hold now) and `new`, with
    /// their new bytes. A file whose part of the roster is unchanged is not written at all.
    func changedFiles(from old: Roster, to new: Roster) -> [(name: String, bytes: [UInt8])] {
        var changed: Set<String> = []
        if !RosterFileLayout.sameDefinitions(old, new) { changed.insert(RosterFiles.definitions) }
        if old.volunteers != new.volunteers { changed.insert(RosterFiles.volunteers) }
        if Roster.inSlotOrder(old.duties) != Roster.inSlotOrder(new.duties) {
            changed.insert(RosterFiles.duties)
        }
        return files(from: old, to: new, only: changed)
    }

    /// All three files for `new`, laid out as these files are (which hold `old`): for a copy of
    /// the roster in another folder.
    func allFiles(from old: Roster, to new: Roster) -> [(name: String, bytes: [UInt8])] {
        files(from: old, to: new, only: Set(RosterFiles.names))
    }

    private func files(from old: Roster, to new: Roster, only wanted: Set<String>) -> [(name: String, bytes: [UInt8])] {
        RosterFiles.names.filter(wanted.contains).map { name in
            switch name {
            case RosterFiles.definitions: return (name, Array(definitionsText(from: old, to: new).utf8))
            case RosterFiles.volunteers: return (name, volunteersFile(new.volunteers))
            default: return (name, dutiesFile(Roster.inSlotOrder(new.duties)))
            }
        }
    }

    /// Takes the layout of the file `name` from `other` (the file was read again).
    mutating func take(_ name: String, from other: RosterFileLayout) {
        switch name {
        case RosterFiles.definitions: writtenDefinitions = other.writtenDefinitions
        case RosterFiles.volunteers: volunteers = other.volunteers
        default: duties = other.duties
        }
    }

    /// The layout once `roster` was saved in these files (`written`: the names and bytes of the files the save wrote).
    func saved(_ roster: Roster, written: [(name: String, bytes: [UInt8])]) -> RosterFileLayout {
        var layout = self
        for file in written {
            switch file.name {
            case RosterFiles.definitions:
                layout.writtenDefinitions = String(decoding: file.bytes, as: UTF8.self)
            case RosterFiles.volunteers:
                layout.volunteers = volunteers.written(roster.volunteers.map { ($0.name, $0.location) })
            default:
                layout.duties = duties.written(roster.duties.map { ($0.slot, $0.location) })
            }
        }
        return layout
    }

    /// `roster.toml` for `new`: only the changed tables rewritten when the file's tables are
    /// known (and describe `old`, the roster these files hold) and the result reads back as
    /// `new`; otherwise the canonical text.
    private func definitionsText(from old: Roster, to new: Roster) -> String {
        if let document = writtenDefinitions.flatMap(TOMLDocument.init(text:)), document.describes(old),
           case let edited = document.text(from: old, to: new),
           let reread = try? RosterTOMLReader.roster(from: edited, file: RosterFiles.definitions),
           RosterFileLayout.sameDefinitions(reread, new) {
            return edited
        }
        return RosterTOMLWriter.text(for: new)
    }

    private func volunteersFile(_ list: [Volunteer]) -> [UInt8] {
        volunteers.file(zip(list, VolunteerTable.rows(list)).map { ($0.name, $0.location, $1) })
    }

    private func dutiesFile(_ sorted: [Duty]) -> [UInt8] {
        duties.file(zip(sorted, DutyTable.rows(sorted)).map { ($0.slot, $0.location, $1) })
    }

    /// Whether two rosters hold the same definitions (everything `roster.toml` holds).
    private static func sameDefinitions(_ a: Roster, _ b: Roster) -> Bool {
        a.settings == b.settings && a.shifts == b.shifts && a.checkpoints == b.checkpoints && a.teams == b.teams
            && a.rotations == b.rotations
    }
}
