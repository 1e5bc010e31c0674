import Foundation
import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// Test fixtures: the example spreadsheets copied from the organizers' exports, and temporary folders.
enum Fixtures {
    /// The folder holding one example's CSV files (as exported from Excel: BOM, CRLF).
    static func examples(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/examples/\(name)")
    }

    /// A fixture file.
    static func file(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures/\(name)")
    }

    /// A new empty temporary folder, removed when the test ends.
    static func temporaryFolder(_ test: XCTestCase) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Imports CSV text given inline (each table as file name → text) into an empty roster.
    static func importing(_ tables: [String: String], skipBad: Bool = false) throws -> SpreadsheetImporter.Outcome {
        let parsed = try tables.keys.sorted().map { name in
            CSVTable(records: try CSVParser.parse(tables[name]!), file: name)
        }
        return try SpreadsheetImporter(skipBad: skipBad).importing(tables: parsed, into: .empty(title: "测试"))
    }

    /// The shifts table of chungu, for imports that need shift names.
    static let shifts = "班次,开始,结束\n白班,08:00,20:00\n夜班,20:00,08:00\n"

    /// The header of a volunteers table.
    static let volunteerHeader = "姓名,手机,党员,所属队伍,职务,技能,不能值班,备注\n"
}
