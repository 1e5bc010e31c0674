import ZhibanModel

/// One duty of one person as the rules see it: when it runs, whether it is a night shift,
/// and which slot it is (its number in a `SlotTable`, to name it in messages).
struct BusySpan: Sendable {
    /// When the shift runs.
    let span: TimeSpan
    /// Whether the shift is a night shift (12 h rest after it instead of 8 h).
    let isNight: Bool
    /// The slot's number in the owner's `SlotTable`.
    let slot: Int
}
