import ZhibanModel
import ZhibanStorage

// libFuzzer harness "tables": any bytes as volunteers.csv, duties.csv or an organizer's
// spreadsheet of any kind. Reading must never crash; every problem names a line of the file;
// whatever is read must survive being written back (VolunteerTable/DutyTable rows through
// CSVWriter) and read again unchanged; and a save of an edit over the file as volunteers.csv or
// duties.csv (which keeps the columns zhiban does not know, per record) must read back as the
// edit, with as many columns as the file had or more.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTables(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let text = try? TextDecoder.decode(bytes).text, let records = try? CSVFile.records(bytes: bytes, name: "t.csv") else {
        return 0
    }
    let lines = lineCount(text)

    if let read = try? VolunteerTable.read(records, file: "v.csv") {
        checkLines(read.problems, within: lines)
        let written = VolunteerTable.file(read.items)
        let again = try! VolunteerTable.read(try! CSVFile.records(bytes: written, name: "v.csv"), file: "v.csv")
        precondition(again.problems.isEmpty, "written volunteers do not read back: \(again.problems)")
        precondition(again.items == read.items, "volunteers changed on the way through volunteers.csv")
    }
    if let read = try? DutyTable.read(records, file: "d.csv") {
        checkLines(read.problems, within: lines)
        let written = CSVWriter.file(header: DutyTable.header, rows: DutyTable.rows(read.items))
        let again = try! DutyTable.read(try! CSVFile.records(bytes: Array(written.utf8), name: "d.csv"), file: "d.csv")
        precondition(again.problems.isEmpty, "written duties do not read back: \(again.problems)")
        precondition(again.items == read.items.sorted { $0.slot < $1.slot }, "duties changed on the way through duties.csv")
    }
    checkEditedSave(over: bytes)
    do {
        let outcome = try SpreadsheetImporter(skipBad: true).importing(tables: [CSVTable(records: records, file: "t.csv")], into: .empty(title: "fuzz"))
        checkLines(outcome.problems, within: lines)
    } catch {
        checkLines(error.problems, within: lines)
    }
    return 0
}

/// Saves an edit (the first volunteer's note, the first duty's note) over `bytes` taken as
/// volunteers.csv, then as duties.csv, and reads the result back.
func checkEditedSave(over bytes: [UInt8]) {
    let definitions = Array("title = \"t\"\n".utf8)
    for name in [RosterFiles.volunteers, RosterFiles.duties] {
        let folder = [RosterFiles.definitions: definitions, name: bytes]
        guard var edited = try? RosterFiles.roster(from: folder) else { continue }
        if !edited.volunteers.isEmpty { edited.volunteers[0].note += "改" }
        if !edited.duties.isEmpty { edited.duties[0].note += "改" }
        if edited.volunteers.isEmpty && edited.duties.isEmpty { continue }
        let files = try! RosterFiles.contents(of: edited, over: folder)
        guard let saved = files.first(where: { $0.name == name }) else { preconditionFailure("the edited \(name) was not written") }
        let reread = try! RosterFiles.roster(from: [RosterFiles.definitions: definitions, name: saved.bytes])
        precondition(reread.volunteers == edited.volunteers, "volunteers changed on the way through a save over the file")
        precondition(reread.duties == edited.duties.sorted { $0.slot < $1.slot }, "duties changed on the way through a save over the file")
        let columns = { (data: [UInt8]) in (try? CSVFile.records(bytes: data, name: name))?.first { !$0.isBlank }?.fields.count ?? 0 }
        precondition(columns(saved.bytes) >= columns(bytes), "a save over the file lost columns")
    }
}
