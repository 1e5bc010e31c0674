/// A value worked out from one revision of the roster, kept until the roster changes.
struct Derived<Value: Sendable>: Sendable {
    /// The revision it was worked out for.
    var revision: Int
    /// The value.
    var value: Value
}
