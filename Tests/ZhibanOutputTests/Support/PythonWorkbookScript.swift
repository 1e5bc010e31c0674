/// The Python program that reads a workbook with the independent `openpyxl` package (run as
/// `python3 -c SCRIPT FILE`, so the test target holds no file SwiftPM would not know what to do with).
enum PythonWorkbookScript {
    /// Prints every sheet as JSON: its values (as text, empty cells ""), merged ranges, column
    /// widths, frozen cell and page setup. Exit status 3 when openpyxl is not installed.
    static let source = #"""
import json
import sys

try:
    import openpyxl
except ImportError:
    sys.exit(3)

book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in book.worksheets:
    def text(value):
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)
    sheets.append({
        "name": sheet.title,
        "values": [[text(v) for v in row] for row in sheet.iter_rows(values_only=True)],
        "merged": sorted(str(r) for r in sheet.merged_cells.ranges),
        "widths": {k: v.width for k, v in sheet.column_dimensions.items() if v.customWidth},
        "freeze": sheet.freeze_panes or "",
        "orientation": sheet.page_setup.orientation or "",
        "paperSize": int(sheet.page_setup.paperSize or 0),
        "fitToWidth": int(sheet.page_setup.fitToWidth or 0),
        "printTitleRows": sheet.print_title_rows or "",
    })
print(json.dumps(sheets, ensure_ascii=False))
"""#
}
