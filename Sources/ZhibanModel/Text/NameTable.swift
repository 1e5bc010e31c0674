/// Values looked up by name, names equal exactly when they are as `String`s (canonically
/// equivalent), at a fraction of a `Dictionary`'s cost: the planning indexes, the rule check, the
/// tallies and the printed sheets look names up for every person of every duty of the month
/// (half a million look-ups on a district, where a `Dictionary` keyed by `NameKey` spent some
/// 750 instructions on each: SipHash, the probe, comparisons through closures).
///
/// A name is kept and compared as its UTF-8 bytes in NFC (`NameKey.withNFCBytes`: a name's own
/// bytes when it is plainly in NFC, as Chinese names and ASCII are), which is what `String`
/// compares; its hash is a quick one over those bytes (no `Hasher`: the names come from the
/// organizer's own files, and iteration order is never shown). Open addressing, at most half full.
/// No kept library has such a table: swift-collections' tables hash with the standard library's
/// `Hasher` and compare `String`s. Inlinable, so that it is specialised where it is used.
public struct NameTable<Value: Sendable>: Sendable {
    /// One name kept: where its bytes are in `bytes`, how many, and their hash.
    @usableFromInline struct Key: Sendable {
        @usableFromInline let start: Int
        @usableFromInline let count: Int
        @usableFromInline let hash: Int

        @inlinable init(start: Int, count: Int, hash: Int) {
            self.start = start
            self.count = count
            self.hash = hash
        }
    }

    /// Every kept name's bytes, one after another.
    @usableFromInline var bytes: [UInt8] = []
    @usableFromInline var keys: [Key] = []
    @usableFromInline var values: [Value] = []
    /// Per slot, the number of the key there plus one; 0 where none is. A power of two long.
    @usableFromInline var slots = [Int32](repeating: 0, count: 8)

    /// An empty table.
    @inlinable public init() {}

    /// An empty table with room for `capacity` names, so that filling it does not grow it step
    /// by step (each step places every name again).
    @inlinable public init(minimumCapacity capacity: Int) {
        var count = 8
        while count < capacity * 2 { count *= 2 }
        slots = [Int32](repeating: 0, count: count)
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        bytes.reserveCapacity(capacity * 12)
    }

    /// The table of a dictionary's entries.
    @inlinable public init(_ dictionary: [String: Value]) {
        self.init(minimumCapacity: dictionary.count)
        for (name, value) in dictionary { insert(value, for: name) }
    }

    /// How many names the table holds.
    @inlinable public var count: Int { keys.count }

    /// The value for `name`, if any.
    @inlinable public subscript(name: String) -> Value? {
        NameTable.withKey(of: name) { name, hash in find(name, hash).key.map { values[$0] } }
    }

    /// The value for `name`, or `fallback` there (to change in place).
    @inlinable public subscript(name: String, default fallback: @autoclosure () -> Value) -> Value {
        get { self[name] ?? fallback() }
        _modify {
            let key = position(inserting: fallback(), for: name).key
            yield &values[key]
        }
    }

    /// Keeps `value` for `name` unless the table has one for it already; either way, the value
    /// the table now has for `name`, and whether it is this one.
    @inlinable @discardableResult
    public mutating func insert(_ value: Value, for name: String) -> (value: Value, inserted: Bool) {
        let (key, inserted) = position(inserting: value, for: name)
        return (values[key], inserted)
    }

    /// Gives `name` this value, adding the name when it is new (names are never removed).
    @inlinable public mutating func set(_ value: Value, for name: String) {
        let (key, inserted) = position(inserting: value, for: name)
        if !inserted { values[key] = value }
    }

    /// The key of `name`, added with `value` when the table has none: one look-up either way.
    @inlinable mutating func position(inserting value: @autoclosure () -> Value, for name: String) -> (key: Int, inserted: Bool) {
        NameTable.withKey(of: name) { name, hash in
            let (key, slot) = find(name, hash)
            if let key { return (key, false) }
            keys.append(Key(start: bytes.count, count: name.count, hash: hash))
            bytes.append(contentsOf: name)
            values.append(value())
            slots[slot] = Int32(keys.count)
            if keys.count * 2 > slots.count { grow() }
            return (keys.count - 1, true)
        }
    }

    /// Calls `body` with the name's NFC bytes (`NameKey.withNFCBytes`) and their hash.
    @inlinable static func withKey<Result>(of name: String, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Result) -> Result {
        NameKey.withNFCBytes(of: name) { body($0, hash($0)) }
    }

    /// The key kept for these bytes, or the empty slot where they would go.
    @inlinable func find(_ name: UnsafeBufferPointer<UInt8>, _ hash: Int) -> (key: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        return bytes.withUnsafeBufferPointer { kept in
            while slots[slot] != 0 {
                let key = Int(slots[slot]) - 1
                let (start, count) = (keys[key].start, keys[key].count)
                if keys[key].hash == hash && NameKey.sameBytes(name, UnsafeBufferPointer(rebasing: kept[start..<start + count])) { return (key, slot) }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
    }

    /// Twice the slots, every key placed again by its hash.
    @inlinable mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, key) in keys.enumerated() {
            var slot = key.hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }

    /// FNV-1a over the bytes, mixed at the end (murmur3's finalizer) so the low bits, which pick
    /// the slot, depend on every byte.
    @inlinable static func hash(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash)
    }
}
