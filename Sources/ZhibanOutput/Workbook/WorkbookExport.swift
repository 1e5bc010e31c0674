import Foundation
import ZhibanModel

/// A print as an `.xlsx` workbook (`zhiban print FROM..TO --format xlsx -o FILE`): the classic
/// 排班表 of the period, or one sheet per gate (`--by checkpoint`) or per team (`--by team`).
public enum WorkbookExport {
    /// The workbook's bytes for these dates and grouping.
    public static func data(roster: Roster, dates: ClosedRange<LocalDate>, grouping: SheetGrouping, includePhone: Bool) -> Data {
        var grids = DutyGridBuilder(roster: roster, includePhone: includePhone).grids(dates: dates, grouping: grouping)
        if grids.isEmpty {  // no gate or team has anything in the range: still one sheet saying so
            grids = DutyGridBuilder(roster: roster, includePhone: includePhone).grids(dates: dates, grouping: .date)
        }
        var names: [String] = []
        let sheets = grids.map { grid in
            let name = WorkbookText.sheetName(grid.sheetName.sanitizedForDisplay, taken: names)
            names.append(name)
            return DutyGridSheet.worksheet(grid, name: name)
        }
        return WorkbookPackage.data(sheets)
    }
}
