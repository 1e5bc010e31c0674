/// The served record read as a whole: for every duty and person the outcome that stands, the
/// actual times, the days closed and the handover notes.
///
/// **Which line wins.** Events about the same duty and person are taken in the order they were
/// entered (`recordedAt`, then file order for equal times — so two clones merged by git resolve
/// the same way whichever side merged): the last outcome (到岗, 缺岗, 替班, 加班) stands, and the
/// last 迟到 and the last 早退 give the actual times. A day once closed stays closed.
public struct ServedRecord: Hashable, Sendable {
    /// What stands for one person on one duty.
    public struct Entry: Hashable, Sendable {
        /// The last outcome entered, if any (nil when only times were entered).
        public var outcome: ServedEvent?
        /// The last 迟到 time entered.
        public var arrived: ClockTime?
        /// The last 早退 time entered.
        public var left: ClockTime?
    }

    /// Per duty, per person: what stands.
    public let entries: [Slot: [String: Entry]]
    /// The dates closed (确认当天).
    public let closedDates: Set<LocalDate>
    /// The handover notes, in the order entered.
    public let notes: [ServedEvent]
    /// How many events were read.
    public let eventCount: Int

    /// Reads the events (in file order; several files simply one after the other).
    public init(_ events: [ServedEvent]) {
        let ordered = events.enumerated().sorted { ($0.element.recordedAt, $0.offset) < ($1.element.recordedAt, $1.offset) }
            .map(\.element)
        var entries: [Slot: [String: Entry]] = [:]
        var closed: Set<LocalDate> = []
        var notes: [ServedEvent] = []
        for event in ordered {
            switch event.kind {
            case .close: closed.insert(event.date)
            case .note: notes.append(event)
            case .arrived: entries[event.slot, default: [:]][event.person, default: Entry()].arrived = event.time
            case .left: entries[event.slot, default: [:]][event.person, default: Entry()].left = event.time
            case .served, .absent, .replaced, .extra:
                entries[event.slot, default: [:]][event.person, default: Entry()].outcome = event
            }
        }
        self.entries = entries
        closedDates = closed
        self.notes = notes
        eventCount = events.count
    }

    /// What stands for this person on this duty (nil when nothing was entered).
    public func entry(_ slot: Slot, _ person: String) -> Entry? { entries[slot]?[person] }

    /// The handover notes left at a checkpoint after a shift on a date.
    public func notes(after slot: Slot) -> [ServedEvent] { notes.filter { $0.slot == slot } }
}
