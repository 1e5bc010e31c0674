import ZhibanModel

/// Why something cannot be entered in the served record (a date to come, a person not on the
/// duty …), in both languages. Nothing is written.
public struct ServedEntryRefusal: Error, Hashable, Sendable {
    /// What is wrong.
    public let message: Localized

    /// Creates the refusal.
    public init(_ zh: String, _ en: String) { message = Localized(zh, en) }
}
