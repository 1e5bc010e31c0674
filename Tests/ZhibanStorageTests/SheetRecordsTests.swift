import XCTest
@testable import ZhibanStorage

/// Worksheet cells into records: title rows, merged cells, trailing columns.
final class SheetRecordsTests: XCTestCase {
    func testTitleRowsGoMergedDownFillsRowsWithValuesMergedAcrossDoesNotAndColumnsEndAtTheHeader() throws {
        let cells: [Int: [Int: String]] = [
            1: [1: "志愿者名单"],
            2: [1: "制表：张三", 3: "2022年4月"],
            3: [1: "姓名", 2: "所属队伍", 3: "备注"],
            4: [1: "夏红文", 2: "综合组", 3: "长备注", 6: "表外的字"],
            5: [1: "于世"],
            7: [1: "毛瑩建"],
        ]
        let merges = [(1, 1, 1, 3), (4, 2, 7, 2), (4, 3, 4, 4), (5, 1, 5, 3)]
        let records = try SheetRecords.records(cells: cells, merges: merges, name: "x.xlsx[志愿者]")
        XCTAssertEqual(records, [
            CSVRecord(fields: ["姓名", "所属队伍", "备注"], line: 3),
            CSVRecord(fields: ["夏红文", "综合组", "长备注"], line: 4),
            CSVRecord(fields: ["于世", "综合组", ""], line: 5),
            CSVRecord(fields: ["毛瑩建", "综合组", ""], line: 7),
        ])
    }
}
