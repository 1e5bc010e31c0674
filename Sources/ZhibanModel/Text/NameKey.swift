/// A name (of a person, a team, a shift, a checkpoint) as a dictionary key that hashes and
/// compares cheaply, and exactly as `String` does.
///
/// Swift hashes and compares a non-ASCII `String` by normalising it (NFC) every time, which costs
/// hundreds of instructions for a three-character Chinese name; a district month hashes names
/// millions of times. Names made only of ASCII and of the scalars U+4000–U+9FFF (the CJK unified
/// ideographs and their neighbours: no decomposition, combining class 0, nothing composes with
/// them) are already in NFC, so their UTF-8 bytes are what `String` hashes, and two of them are
/// equal exactly when their bytes are. Any other name takes `String`'s own way, so the key's
/// hash and equality are always those of the name: `NameKey("豈")` (U+F900) still equals
/// `NameKey("豈")` (U+8C48), and hashes alike.
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
    /// The name.
    public let text: String

    /// The key of `text`.
    public init(_ text: String) { self.text = text }

    public var description: String { text }

    public static func == (lhs: NameKey, rhs: NameKey) -> Bool { same(lhs.text, rhs.text) }

    public func hash(into hasher: inout Hasher) { NameKey.hash(text, into: &hasher) }

    /// Feeds `text` into `hasher` exactly as `String.hash(into:)` does, without normalising it
    /// when it is plainly in NFC (see the type's description).
    public static func hash(_ text: String, into hasher: inout Hasher) {
        let hashed = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard isPlainlyNFC(bytes) else { return false }
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            hasher.combine(0xFF as UInt8)  // String's terminator
            return true
        }
        if hashed != true { hasher.combine(text) }
    }

    /// Whether two names are equal as `String`s (canonically equivalent), comparing bytes when
    /// both are plainly in NFC.
    public static func same(_ lhs: String, _ rhs: String) -> Bool {
        let decided = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right -> Bool? in
                if sameBytes(left, right) { return true }
                return isPlainlyNFC(left) && isPlainlyNFC(right) ? false : nil
            } ?? nil
        } ?? nil
        return decided ?? (lhs == rhs)
    }

    /// Whether `lhs` comes before `rhs` as `String`s order them, and whether they are equal:
    /// one pass over the bytes when both are plainly in NFC (where `String` orders by scalar
    /// values, as UTF-8's bytes order), `String`'s own comparisons otherwise. A slot is ordered by
    /// its checkpoint's name before its shift's, and the district's 45,000 duties are checked to
    /// be in slot order as they are read: a tuple's `<` compared each name twice (`==`, then `<`).
    public static func order(_ lhs: String, _ rhs: String) -> (before: Bool, same: Bool) {
        let decided = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right -> (before: Bool, same: Bool)? in
                let shorter = min(left.count, right.count)
                var position = 0
                while position < shorter && left[position] == right[position] { position += 1 }
                // The same bytes are the same text, plain or not (a slot's checkpoint mostly is).
                if position == shorter && left.count == right.count { return (false, true) }
                guard isPlainlyNFC(left), isPlainlyNFC(right) else { return nil }
                return position == shorter ? (left.count < right.count, false) : (left[position] < right[position], false)
            } ?? nil
        } ?? nil
        return decided ?? (lhs < rhs, lhs == rhs)
    }

    /// Calls `body` with the name's UTF-8 bytes in NFC, which is what `String` compares: two
    /// names are equal exactly when these bytes are. They are the name's own, not copied, when it
    /// is plainly in NFC (see the type's description); otherwise its normalised ones.
    /// Inlinable, so that it is specialized where it is called (the name tables).
    @inlinable
    public static func withNFCBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var result: Result?
        _ = text.utf8.withContiguousStorageIfAvailable { bytes in
            if isPlainlyNFC(bytes) { result = body(bytes) }
        }
        if let result { return result }
        return text._nfcCodeUnits.withUnsafeBufferPointer(body)
    }

    /// Whether two runs of bytes are equal: lengths first, then byte by byte (the generic
    /// `elementsEqual` took some 500 instructions for two names; this takes a few dozen, and
    /// every look-up by name compares one or two).
    @inlinable static func sameBytes(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var position = 0
        while position < lhs.count {
            if lhs[position] != rhs[position] { return false }
            position += 1
        }
        return true
    }

    /// Whether valid UTF-8 holds only ASCII and three-byte scalars led by E4–E9 (U+4000–U+9FFF):
    /// such text is in NFC, and equals another such text exactly when their bytes are equal.
    @inlinable
    static func isPlainlyNFC(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                position += 1
            } else if byte >= 0xE4 && byte <= 0xE9 {
                position += 3
            } else {
                return false
            }
        }
        return true
    }
}
