import ZhibanModel

/// The duties as CSV, one row per person on duty: the contract scripts and other tools read.
///
/// The header is `date,shift,checkpoint,person,pinned` (columns may be added after `person`,
/// never before), dates are ISO `YYYY-MM-DD`, `pinned` is `true` or `false`, lines end in `\n`,
/// fields holding a comma, quote or line break are quoted. Rows are sorted by date, then shift
/// (in the roster's shift order), then checkpoint (in file order), then the duty's own order of
/// people, so the same roster always gives the same bytes. Fields are `spreadsheetSafe`: control
/// characters are replaced and a field a spreadsheet would run as a formula gets a leading `'`.
public enum DutyExport {
    /// The header line's fields.
    public static let header = ["date", "shift", "checkpoint", "person", "pinned"]

    /// The CSV text of the duties whose shift starts between `from` and `to` (inclusive; nil: no limit).
    public static func csv(_ roster: Roster, from: LocalDate? = nil, to: LocalDate? = nil) -> String {
        var text = line(header)
        for row in rows(roster, from: from, to: to) { text += line(row) }
        return text
    }

    /// The rows (without the header), in export order.
    public static func rows(_ roster: Roster, from: LocalDate? = nil, to: LocalDate? = nil) -> [[String]] {
        let shiftOrder = Dictionary(roster.shifts.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let checkpointOrder = Dictionary(roster.checkpoints.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let chosen = roster.duties.enumerated().filter { _, duty in
            (from.map { duty.date >= $0 } ?? true) && (to.map { duty.date <= $0 } ?? true)
        }
        let sorted = chosen.sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            let keyA = (a.date, shiftOrder[a.shift] ?? Int.max, a.shift, checkpointOrder[a.checkpoint] ?? Int.max, a.checkpoint, lhs.offset)
            let keyB = (b.date, shiftOrder[b.shift] ?? Int.max, b.shift, checkpointOrder[b.checkpoint] ?? Int.max, b.checkpoint, rhs.offset)
            return keyA < keyB
        }
        return sorted.flatMap { _, duty in
            duty.people.map { [duty.date.description, duty.shift, duty.checkpoint, $0, duty.isPinned($0) ? "true" : "false"] }
        }
    }

    private static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\n"
    }

    private static func quoted(_ field: String) -> String {
        let safe = field.spreadsheetSafe
        return CSVQuoting.needsQuotes(safe) ? CSVQuoting.quoted(safe) : safe
    }
}
