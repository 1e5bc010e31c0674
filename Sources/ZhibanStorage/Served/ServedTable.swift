import ZhibanModel

/// One month of the served record (`served/2022-04.csv`): one event per line, Chinese headers,
/// read with `file:line:` problems like every other table.
public enum ServedTable {
    static let specs = [
        ColumnSpec(key: "recordedAt", headers: ["记录时间", "recorded at"], required: true),
        ColumnSpec(key: "recordedBy", headers: ["记录人", "recorded by"], required: true),
        ColumnSpec(key: "date", headers: ["日期", "date"], required: true),
        ColumnSpec(key: "shift", headers: ["班次", "shift"], required: true),
        ColumnSpec(key: "checkpoint", headers: ["卡口", "checkpoint"], required: true),
        ColumnSpec(key: "person", headers: ["人员", "person"], required: true),
        ColumnSpec(key: "kind", headers: ["事件", "event"], required: true),
        ColumnSpec(key: "substitute", headers: ["替班人", "substitute"], required: false),
        ColumnSpec(key: "time", headers: ["时间", "time"], required: false),
        ColumnSpec(key: "text", headers: ["说明", "text"], required: false),
    ]

    /// The header written to a new month file.
    public static let header = specs.map { $0.headers[0] }

    /// Reads the events of one month file; each bad row becomes a problem. `month` (`2022-04`),
    /// when given, is the month the file is named after: a row of another month is refused.
    public static func read(_ records: [CSVRecord], file: String, month: String? = nil) throws(RosterFileError) -> TableRead<ServedEvent> {
        let table = try TableRows(records: records, specs: specs, file: file)
        let columns = table.columns
        // Each column's place looked up once, not by its key for every cell (7 a line).
        let (recordedAtColumn, recordedByColumn, dateColumn) = (columns.position("recordedAt"), columns.position("recordedBy"), columns.position("date"))
        let (shiftColumn, checkpointColumn, personColumn) = (columns.position("shift"), columns.position("checkpoint"), columns.position("person"))
        let (kindColumn, substituteColumn, timeColumn) = (columns.position("kind"), columns.position("substitute"), columns.position("time"))
        let textColumn = columns.position("text")
        // The file's month as numbers, so each date is compared without being written out.
        let firstOfMonth = month.flatMap { LocalDate(parsing: $0 + "-01") }
        var result = TableRead<ServedEvent>()
        for row in table.rows {
            let cell = { (column: Int?) in ColumnMap.value(at: column, in: row) }
            var problems: [Localized] = []
            let recordedAt = cell(recordedAtColumn)
            if !isTimestamp(recordedAt) { problems.append(Localized("记录时间“\(recordedAt)”无效（应为 YYYY-MM-DD HH:MM:SS）",
                                                                        "invalid recorded at “\(recordedAt)”, expected YYYY-MM-DD HH:MM:SS")) }
            let dateText = cell(dateColumn)
            let date = LocalDate(parsing: dateText)
            if date == nil { problems.append(Localized("日期“\(dateText)”无效（应为 YYYY-MM-DD）", "invalid date “\(dateText)”, expected YYYY-MM-DD")) }
            if let date, let month, !(firstOfMonth.map { LocalDate.sameMonth(date, $0) } ?? date.description.hasPrefix(month)) {
                problems.append(Localized("日期 \(date) 不属于这个文件的月份（\(month)）", "date \(date) is not in this file’s month (\(month))"))
            }
            let kindText = cell(kindColumn)
            let kind = ServedTable.kind(kindText)
            if kind == nil {
                let known = ServedEventKind.allCases.map(\.rawValue).joined(separator: "、")
                problems.append(Localized("事件“\(kindText)”不认识（应为 \(known)）", "unknown event “\(kindText)” (expected \(known))"))
            }
            let shift = cell(shiftColumn), checkpoint = cell(checkpointColumn)
            let person = cell(personColumn), substitute = cell(substituteColumn)
            let timeText = cell(timeColumn)
            let time = timeText.isEmpty ? nil : ClockTime(parsing: timeText)
            if let kind {
                problems += ServedTable.problems(of: kind, shift: shift, checkpoint: checkpoint, person: person,
                                                 substitute: substitute, timeText: timeText, time: time)
            }
            guard problems.isEmpty, let date, let kind else {
                result.problems.append(Diagnostic(file: file, line: row.line, problems: problems))
                continue
            }
            result.items.append(ServedEvent(
                recordedAt: recordedAt, recordedBy: cell(recordedByColumn), date: date, shift: shift,
                checkpoint: checkpoint, person: person, kind: kind, substitute: substitute, time: time,
                text: cell(textColumn), location: SourceLocation(file: file, line: row.line)))
        }
        return result
    }

    /// One event as a line of the file (without its line end). Line breaks in any field become
    /// spaces: one event, one line.
    public static func line(_ event: ServedEvent) -> String {
        let fields = [event.recordedAt, event.recordedBy, event.date.description, event.shift, event.checkpoint, event.person,
                      event.kind.rawValue, event.substitute, event.time?.description ?? "", event.text]
        return CSVWriter.line(fields.map(oneLine))
    }

    /// The start of a new month file: a byte-order mark (Excel and WPS then read UTF-8) and the header.
    public static let fileStart = "\u{FEFF}" + CSVWriter.line(header) + "\n"

    /// The event named in Chinese (`到岗`) or English (`served`).
    static func kind(_ text: String) -> ServedEventKind? {
        ServedEventKind(rawValue: text) ?? ServedEventKind.allCases.first { "\($0)" == text.lowercased() }
    }

    private static func problems(
        of kind: ServedEventKind, shift: String, checkpoint: String, person: String, substitute: String, timeText: String,
        time: ClockTime?
    ) -> [Localized] {
        var problems: [Localized] = []
        if kind != .close {
            if shift.isEmpty { problems.append(Localized("缺少班次", "shift missing")) }
            if checkpoint.isEmpty { problems.append(Localized("缺少卡口", "checkpoint missing")) }
        }
        if kind.isAboutPerson && person.isEmpty { problems.append(Localized("缺少人员", "person missing")) }
        if kind == .replaced && substitute.isEmpty { problems.append(Localized("替班要写替班人", "a replacement needs the substitute")) }
        if kind == .replaced && substitute == person && !person.isEmpty { problems.append(Localized("替班人不能是本人", "the substitute cannot be the person themselves")) }
        if kind == .arrived || kind == .left {
            if time == nil { problems.append(Localized("\(kind.rawValue)要写时间（HH:MM），而不是“\(timeText)”",
                                                         "\(kind.rawValue) needs a time (HH:MM), not “\(timeText)”")) }
        } else if !timeText.isEmpty && time == nil {
            problems.append(Localized("时间“\(timeText)”无效（应为 HH:MM）", "invalid time “\(timeText)”, expected HH:MM"))
        }
        return problems
    }

    /// `YYYY-MM-DD HH:MM:SS`, a real date and time (checked byte by byte: it is read on every line).
    static func isTimestamp(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count == 19 else { return false }
            for (position, byte) in bytes.enumerated() {
                switch position {
                case 4, 7: if byte != UInt8(ascii: "-") { return false }
                case 10: if byte != UInt8(ascii: " ") { return false }
                case 13, 16: if byte != UInt8(ascii: ":") { return false }
                default: if !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { return false }
                }
            }
            func number(_ from: Int, _ count: Int) -> Int { bytes[from..<from + count].reduce(0) { $0 * 10 + Int($1) - 0x30 } }
            return LocalDate(year: number(0, 4), month: number(5, 2), day: number(8, 2)) != nil
                && number(11, 2) < 24 && number(14, 2) < 60 && number(17, 2) < 61
        } ?? false
    }

    private static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
