import ZhibanModel

/// Values looked up by name, keyed by `NameKey` so that a look-up does not normalise the name:
/// the planning indexes look names up for every person of every duty of the month.
struct NameTable<Value: Sendable>: Sendable {
    private var values: [NameKey: Value] = [:]

    /// An empty table.
    init() {}

    /// The table of a dictionary's entries.
    init(_ dictionary: [String: Value]) {
        values.reserveCapacity(dictionary.count)
        for (name, value) in dictionary { values[NameKey(name)] = value }
    }

    /// The value for `name`, if any.
    subscript(name: String) -> Value? {
        get { values[NameKey(name)] }
        set { values[NameKey(name)] = newValue }
    }

    /// The value for `name`, or `fallback` there (to change in place).
    subscript(name: String, default fallback: @autoclosure () -> Value) -> Value {
        get { values[NameKey(name), default: fallback()] }
        _modify { yield &values[NameKey(name), default: fallback()] }
    }
}
