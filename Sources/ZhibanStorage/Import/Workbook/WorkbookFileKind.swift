import ZhibanModel

/// What a spreadsheet file is, told from its first bytes rather than its name, so an `.xlsx`
/// renamed `.csv` (or the reverse) is still read as what it is.
enum WorkbookFileKind: Equatable {
    /// A ZIP container: an `.xlsx` workbook (Excel, WPS, LibreOffice).
    case xlsx
    /// An OLE compound file that holds an encrypted workbook: a password-protected `.xlsx`.
    case passwordProtected
    /// An OLE compound file otherwise: an old binary `.xls` (Excel 97–2003) workbook.
    case legacyXLS
    /// Anything else: read as CSV text.
    case text

    /// The kind of the file whose bytes are `bytes`.
    init(bytes: [UInt8]) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            self = .xlsx
        } else if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // An encrypted OOXML package is a compound file with an "EncryptionInfo" stream,
            // whose name the directory holds in UTF-16LE.
            let marker = Array("EncryptionInfo".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            self = Self.contains(bytes, marker) ? .passwordProtected : .legacyXLS
        } else {
            self = .text
        }
    }

    /// Why a file of this kind cannot be read, or nil when it can.
    var problem: Localized? {
        switch self {
        case .xlsx, .text: return nil
        case .passwordProtected:
            return Localized("工作簿设了打开密码（已加密），无法读取：请在 Excel/WPS 里取消密码（文件→信息→保护工作簿/文档加密）后另存为 .xlsx 再导入",
                             "the workbook is password-protected (encrypted) and cannot be read: remove the password in Excel/WPS, save as .xlsx, then import")
        case .legacyXLS:
            return Localized("这是旧版 Excel 97–2003 工作簿（.xls），zhiban 不读：请在 Excel/WPS 里“另存为”Excel 工作簿（.xlsx）后再导入",
                             "this is an old Excel 97–2003 workbook (.xls), which zhiban does not read: save it as an Excel workbook (.xlsx) in Excel/WPS, then import")
        }
    }

    private static func contains(_ bytes: [UInt8], _ marker: [UInt8]) -> Bool {
        guard let first = marker.first, bytes.count >= marker.count else { return false }
        var index = 0
        while index <= bytes.count - marker.count {
            if bytes[index] == first && bytes[index..<(index + marker.count)].elementsEqual(marker) { return true }
            index += 1
        }
        return false
    }
}
