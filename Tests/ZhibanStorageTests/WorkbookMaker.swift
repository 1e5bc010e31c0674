import Foundation
import XCTest
import ZhibanTestSupport

/// Makes test workbooks with Python (openpyxl for Excel-like workbooks, zipfile for hand-made
/// packages), independent of zhiban's own code: `Fixtures/workbooks/make_workbook.py`.
enum WorkbookMaker {
    /// Runs the script with `arguments`; skips the test when python3 or openpyxl is missing.
    static func make(_ arguments: [String]) throws {
        let script = Fixtures.file("workbooks/make_workbook.py").path
        guard let python = ProcessRunner.find(["python3"]) else { throw XCTSkip("python3 is not installed: the workbook tests need it") }
        let run = try ProcessRunner.run(python, [script] + arguments, timeout: 120)
        if run.status == 3 { throw XCTSkip("the Python package openpyxl is missing: python3 -m pip install openpyxl") }
        XCTAssertEqual(run.status, 0, run.errors)
    }

    /// An Excel-like workbook with one sheet per CSV file of the example `name`.
    static func excel(example name: String, in folder: URL) throws -> URL {
        let csvFolder = Fixtures.examples(name)
        let csvs = try FileManager.default.contentsOfDirectory(atPath: csvFolder.path).sorted()
        let out = folder.appendingPathComponent("\(name).xlsx")
        try make(["excel", out.path] + csvs.map { csvFolder.appendingPathComponent($0).path })
        return out
    }

    /// A hand-made package of one `kind` (see the script).
    static func raw(_ kind: String, in folder: URL) throws -> URL {
        let out = folder.appendingPathComponent("\(kind).xlsx")
        try make(["raw", kind, out.path])
        return out
    }
}
