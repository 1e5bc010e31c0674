import ZhibanModel

/// Writes a sheet as one flat CSV table for Excel or WPS: the section's key in front of every
/// row, every cell filled (no blanks for repeated values), ISO dates, a person as name,
/// leader (是) and party member (是/否), CRLF line ends, and a UTF-8 byte-order mark on request
/// (Excel on Windows needs it to read UTF-8).
public struct CSVSheetRenderer: Sendable {
    /// Whether the output starts with a UTF-8 byte-order mark.
    public var byteOrderMark: Bool

    /// Creates a renderer.
    public init(byteOrderMark: Bool = false) {
        self.byteOrderMark = byteOrderMark
    }

    /// What an open place shows in the name column.
    public static let openPlaceName = "（空缺）"

    /// The sheet as CSV.
    public func render(_ sheet: RosterSheet) -> String {
        let columns = sheet.keyColumns + sheet.columns
        var output = byteOrderMark ? "\u{FEFF}" : ""
        output += CSVField.record(columns.flatMap(Self.headers))
        for section in sheet.sections {
            for row in section.table.rows {
                output += CSVField.record((section.keyCells + row).flatMap(Self.fields))
            }
        }
        return output
    }

    /// The header(s) of a column: a person takes three.
    static func headers(of column: SheetColumn) -> [String] {
        column == .person ? ["姓名", "负责人", "党员"] : [column.title]
    }

    /// The field(s) of a cell: a person or an open place takes three.
    static func fields(of cell: SheetCell) -> [String] {
        switch cell {
        case .text(let text): return [text]
        case .date(let date): return [date.description]
        case .hours(let shift): return [shift.hoursText]
        case .person(let person): return [person.name, person.isLeader ? "是" : "", person.isPartyMember ? "是" : "否"]
        case .openPlace: return [openPlaceName, "", ""]
        }
    }
}
