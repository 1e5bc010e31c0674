import ZhibanModel
import ZhibanPlanning

/// The district view: one row per community, worst coverage first, and a total. Read-only
/// figures and names of teams; never a phone number (an unreadable roster shows only where it
/// went wrong, not the text of the line, which might hold one).
public struct DistrictReport: Sendable {
    /// One community: its summary, or where its roster could not be read.
    public enum Entry: Sendable {
        /// Read and summed up.
        case summary(CommunitySummary)
        /// Not readable: the folder and the `file:line` of the first problem.
        case unreadable(folder: String, place: String)

        var folder: String {
            switch self {
            case .summary(let summary): return summary.folder
            case .unreadable(let folder, _): return folder
            }
        }
    }

    /// The communities, worst first: unreadable, then nothing planned, then by coverage.
    public let entries: [Entry]

    /// Orders the entries: unreadable first, then those with nothing planned (a community that has
    /// not planned is no better off than one with empty places), then by coverage, then by folder.
    public init(_ entries: [Entry]) {
        func rank(_ entry: Entry) -> (Int, Double, String) {
            switch entry {
            case .unreadable(let folder, _): return (0, 0, folder)
            case .summary(let summary): return (summary.dates == nil ? 1 : 2, summary.coverage, summary.folder)
            }
        }
        self.entries = entries.sorted { rank($0) < rank($1) }
    }

    /// The column headers.
    public static let header = ["社区", "值班表", "日期", "需要", "已排", "空缺", "覆盖率", "缺党员的班", "值班小时", "工时最不均的队伍（最多−最少）"]
    /// The columns holding numbers (aligned right in text).
    public static let numberColumns: Set<Int> = [3, 4, 5, 6, 7, 8]

    /// The rows, one per community, then the total. Coverage is "—" where nothing is needed: a
    /// district that has planned nothing is not fully covered.
    public var rows: [[String]] {
        var rows = entries.map(DistrictReport.row)
        let summaries = entries.compactMap { entry -> CommunitySummary? in
            if case .summary(let summary) = entry { return summary }
            return nil
        }
        let needed = summaries.reduce(0) { $0 + $1.needed }, filled = summaries.reduce(0) { $0 + $1.filled }
        rows.append(["合计（\(entries.count) 个社区）", "", "", "\(needed)", "\(filled)", "\(summaries.reduce(0) { $0 + $1.empty })",
                     needed == 0 ? "—" : DistrictReport.percent(Double(filled) / Double(needed)),
                     "\(summaries.reduce(0) { $0 + $1.shortOfPartyMember })", Hours.decimal(summaries.reduce(0) { $0 + $1.minutes }), ""])
        return rows
    }

    private static func row(_ entry: Entry) -> [String] {
        switch entry {
        case .unreadable(let folder, let place):
            return [folder, "无法读取：\(place)", "", "", "", "", "", "", "", ""]
        case .summary(let s):
            let dates = s.dates.map { "\($0.lowerBound)~\($0.upperBound)" } ?? "未排班"
            let spreads = s.worstSpreads.map { "\($0.team) \(Hours.decimal($0.minutes))" }.joined(separator: "；")
            return [s.folder, s.title, dates, "\(s.needed)", "\(s.filled)", "\(s.empty)", s.dates == nil ? "—" : percent(s.coverage),
                    "\(s.shortOfPartyMember)", Hours.decimal(s.minutes), spreads]
        }
    }

    private static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    /// The report as CSV (UTF-8 with byte-order mark, CRLF, spreadsheet-safe fields).
    public func csv() -> String {
        "\u{FEFF}" + ([DistrictReport.header] + rows).map(CSVField.record).joined()
    }

    /// The report as one self-contained HTML page.
    public func html(title: String) -> String {
        var html = HTMLPageHead.text(title: title, extraCSS: "td.number { text-align: right; }") + """
            <h1>\(title.htmlEscaped)</h1>
            <table>
            <thead><tr>
            """
        html += DistrictReport.header.map { "<th>\($0.htmlEscaped)</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>" + row.enumerated().map { column, cell in
                DistrictReport.numberColumns.contains(column) ? "<td class=\"number\">\(cell.htmlEscaped)</td>" : "<td>\(cell.htmlEscaped)</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</body>\n</html>\n"
    }
}
