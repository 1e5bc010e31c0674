/// Identifiers that stay the same across exports: a 64-bit FNV-1a hash of the parts, in hex.
///
/// FNV-1a is tiny, fixed by its definition (unlike Swift's `Hasher`, which is seeded per run),
/// and spreads short Chinese strings well enough for calendar UIDs.
public enum StableIdentifier {
    /// Sixteen lower-case hex digits for the parts, which are separated by U+001F so that
    /// `("ab", "c")` and `("a", "bc")` differ.
    public static func hex(_ parts: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in parts.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
