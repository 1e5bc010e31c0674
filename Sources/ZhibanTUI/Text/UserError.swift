import ZhibanModel

/// Something the user typed that cannot be used, with what to say about it.
struct UserError: Error, Hashable, Sendable {
    /// The explanation, in both languages.
    var message: Localized

    /// An error with this explanation.
    init(_ zh: String, _ en: String) { message = Localized(zh, en) }
}
