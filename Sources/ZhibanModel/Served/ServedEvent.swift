/// One line of the served record: who entered what about which duty, and when.
///
/// A correction is a new event, never an edit: `ServedRecord` decides which event wins.
public struct ServedEvent: Hashable, Sendable {
    /// When it was entered, in the roster's time zone: `2022-04-08 21:03:05` (sorts as text).
    public var recordedAt: String
    /// Who entered it: the OS user name or `--by NAME`.
    public var recordedBy: String
    /// The duty's date (the date its shift starts on); for 确认当天 the date closed.
    public var date: LocalDate
    /// The shift's name (empty for 确认当天).
    public var shift: String
    /// The checkpoint's name (empty for 确认当天).
    public var checkpoint: String
    /// The person the event is about (empty for a handover note or 确认当天).
    public var person: String
    /// What happened.
    public var kind: ServedEventKind
    /// For 替班: who stood in.
    public var substitute: String
    /// For 迟到 and 早退: the actual time.
    public var time: ClockTime?
    /// The reason (缺岗, 替班 …) or the handover note's text.
    public var text: String
    /// Where it was read, for messages.
    public var location: SourceLocation?

    /// Creates an event.
    public init(
        recordedAt: String, recordedBy: String, date: LocalDate, shift: String = "", checkpoint: String = "",
        person: String = "", kind: ServedEventKind, substitute: String = "", time: ClockTime? = nil, text: String = "",
        location: SourceLocation? = nil
    ) {
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
        self.date = date
        self.shift = shift
        self.checkpoint = checkpoint
        self.person = person
        self.kind = kind
        self.substitute = substitute
        self.time = time
        self.text = text
        self.location = location
    }

    /// The duty the event is about.
    public var slot: Slot { Slot(date: date, shift: shift, checkpoint: checkpoint) }

    /// `2022-04-08 夜班 南门 王伟 替班（李娜，发烧）`: the event as the record file says it, for
    /// the messages of `zhiban record` and the interface.
    public var summary: String {
        var details = [substitute, time?.description ?? "", text].filter { !$0.isEmpty }.joined(separator: "，")
        if !details.isEmpty { details = "（\(details)）" }
        let who = person.isEmpty ? "" : " \(person)"
        return "\(slot)\(who) \(kind.rawValue)\(details)"
    }

    /// `2022-04`: the month file (`served/2022-04.csv`) the event belongs in, by the duty's date.
    public var month: String { String(date.description.prefix(7)) }

    public static func == (lhs: ServedEvent, rhs: ServedEvent) -> Bool {
        lhs.recordedAt == rhs.recordedAt && lhs.recordedBy == rhs.recordedBy && lhs.date == rhs.date
            && lhs.shift == rhs.shift && lhs.checkpoint == rhs.checkpoint && lhs.person == rhs.person
            && lhs.kind == rhs.kind && lhs.substitute == rhs.substitute && lhs.time == rhs.time && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(date)
        hasher.combine(person)
        hasher.combine(recordedAt)
    }
}
