import ZhibanModel

/// One cell of a printed sheet. Kept typed so each format can render it in its own way
/// (a date is `4月7日 周四` on paper and `2022-04-07` in CSV).
public enum SheetCell: Hashable, Sendable {
    /// Plain text.
    case text(String)
    /// A date.
    case date(LocalDate)
    /// A shift's hours.
    case hours(Shift)
    /// A person on duty.
    case person(SheetPerson)
    /// An open place, to be filled by hand.
    case openPlace
}
