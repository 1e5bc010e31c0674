import Foundation
import ZhibanModel
import ZhibanStorage
import ZIPFoundation

// libFuzzer harness "xlsx": any bytes as an .xlsx workbook. Bytes that are a ZIP are read as a
// whole workbook; other bytes are taken as the XML of its one worksheet and packed into a
// minimal workbook first, so the fuzzer mutates XML, not CRCs. Reading must never crash nor run
// away with memory; every problem is `file.xlsx…:line:` with a line Excel can have; whatever is
// read imports (skipping bad rows) without crashing.

let contentTypes = """
    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/></Types>
    """
let rootRelationships = """
    <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
    Target="xl/workbook.xml"/></Relationships>
    """
let workbook = """
    <?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
    <sheet name="志愿者" sheetId="1" r:id="rId1"/></sheets></workbook>
    """
let workbookRelationships = """
    <?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
    Target="worksheets/sheet1.xml"/></Relationships>
    """

/// A workbook whose one worksheet is `sheet`.
func package(sheet: Data) -> [UInt8] {
    let archive = try! Archive(accessMode: .create)
    let parts: [(String, Data)] = [
        ("[Content_Types].xml", Data(contentTypes.utf8)), ("_rels/.rels", Data(rootRelationships.utf8)),
        ("xl/workbook.xml", Data(workbook.utf8)), ("xl/_rels/workbook.xml.rels", Data(workbookRelationships.utf8)),
        ("xl/worksheets/sheet1.xml", sheet),
    ]
    for (path, data) in parts {
        try! archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
            data.subdata(in: Int(position)..<(Int(position) + size))
        }
    }
    return [UInt8](archive.data!)
}

/// Stops with a message when a problem points outside what a workbook can have.
func check(_ problems: [Diagnostic]) {
    for problem in problems {
        let location = problem.location!
        precondition(location.file.hasPrefix("f.xlsx"), "problem names another file: \(problem)")
        precondition((0...1_048_576).contains(location.line), "problem at line \(location.line): \(problem)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbook(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let bytes = input.starts(with: [0x50, 0x4B]) ? input : package(sheet: Data(input))
    let read: WorkbookReader.Workbook
    do {
        read = try WorkbookReader.read(bytes: bytes, name: "f.xlsx")
    } catch {
        check(error.problems)
        return 0
    }
    for table in read.tables {
        precondition(table.records.allSatisfy { (1...1_048_576).contains($0.line) }, "a record outside the sheet")
    }
    do {
        let outcome = try SpreadsheetImporter(skipBad: true).importing(tables: read.tables, into: .empty(title: "fuzz"))
        check(outcome.problems)
    } catch {
        check(error.problems)
    }
    return 0
}
