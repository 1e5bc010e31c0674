import ZhibanModel

/// The handover notes (交接班记录) the people of a day's shifts should read: each note left by a
/// shift, shown to the shift that takes over at the same gate (`Roster.slot(after:)`).
///
/// ```
/// 【交接班记录】
/// · 4月8日 白班 南门 ← 夜班（王伟）：北侧栏杆松了，已报物业
/// ```
public struct HandoverNotes: Sendable {
    /// The notes, in the order of the shifts they are for, then as entered.
    public let notes: [(slot: Slot, note: ServedEvent)]

    /// The notes for the shifts on `dates` (at the checkpoints a team keeps or backs, when `team` is given).
    public init(roster: Roster, record: ServedRecord, dates: ClosedRange<LocalDate>, team: String? = nil) {
        let found = record.notes.compactMap { note -> (Slot, ServedEvent)? in
            guard let next = roster.slot(after: note.slot), dates.contains(next.date) else { return nil }
            if let team, roster.checkpoint(named: next.checkpoint)?.accepts(team: team) != true { return nil }
            return (next, note)
        }
        notes = found.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
    }

    /// The heading of the block.
    public static let heading = "【交接班记录】"

    /// One line per note (safe for a terminal or a chat), or none when there are no notes.
    public var lines: [String] {
        guard !notes.isEmpty else { return [] }
        return [HandoverNotes.heading] + notes.map { slot, note in
            let by = note.recordedBy.isEmpty ? "" : "（\(note.recordedBy)）"
            return "· \(ChineseDate.monthDay(slot.date)) \(slot.shift) \(slot.checkpoint) ← \(note.shift)\(by)：\(note.text)"
                .sanitizedForDisplay
        }
    }
}
