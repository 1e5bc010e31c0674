import ZhibanModel

/// Values looked up by name, names equal exactly when they are as `String`s (canonically
/// equivalent), at a fraction of a `Dictionary`'s cost: the planning indexes and the tallies look
/// names up for every person of every duty of the month.
///
/// A name is kept and compared as its UTF-8 bytes in NFC (`NameKey.withNFCBytes`: a name's own
/// bytes when it is plainly in NFC, as Chinese names and ASCII are), which is what `String`
/// compares; its hash is a quick one over those bytes (no `Hasher`: the names come from the
/// organizer's own files, and iteration order is never shown). Open addressing, at most half full.
struct NameTable<Value: Sendable>: Sendable {
    /// One name kept: where its bytes are in `bytes`, how many, and their hash.
    private struct Key: Sendable {
        let start: Int
        let count: Int
        let hash: Int
    }

    /// Every kept name's bytes, one after another.
    private var bytes: [UInt8] = []
    private var keys: [Key] = []
    private var values: [Value] = []
    /// Per slot, the number of the key there plus one; 0 where none is. A power of two long.
    private var slots = [Int32](repeating: 0, count: 8)

    /// An empty table.
    init() {}

    /// The table of a dictionary's entries.
    init(_ dictionary: [String: Value]) {
        for (name, value) in dictionary { _ = insert(value, for: name) }
    }

    /// The value for `name`, if any.
    subscript(name: String) -> Value? {
        NameKey.withNFCBytes(of: name) { name in
            let (key, _) = find(name, NameTable.hash(name))
            return key.map { values[$0] }
        }
    }

    /// Keeps `value` for `name` unless the table has one for it already; either way, the value
    /// the table now has for `name`, and whether it is this one.
    @discardableResult
    mutating func insert(_ value: Value, for name: String) -> (value: Value, inserted: Bool) {
        NameKey.withNFCBytes(of: name) { name in
            let hash = NameTable.hash(name)
            let (key, slot) = find(name, hash)
            if let key { return (values[key], false) }
            keys.append(Key(start: bytes.count, count: name.count, hash: hash))
            bytes.append(contentsOf: name)
            values.append(value)
            slots[slot] = Int32(keys.count)
            if keys.count * 2 > slots.count { grow() }
            return (value, true)
        }
    }

    /// The key kept for these bytes, or the empty slot where they would go.
    private func find(_ name: UnsafeBufferPointer<UInt8>, _ hash: Int) -> (key: Int?, slot: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        return bytes.withUnsafeBufferPointer { kept in
            while slots[slot] != 0 {
                let key = Int(slots[slot]) - 1
                if keys[key].hash == hash && keys[key].count == name.count && NameTable.same(name, kept, from: keys[key].start) {
                    return (key, slot)
                }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
    }

    /// Twice the slots, every key placed again by its hash.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, key) in keys.enumerated() {
            var slot = key.hash & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
    }

    /// Whether `name` is the run of `kept` from `start` (as long as `name`).
    private static func same(_ name: UnsafeBufferPointer<UInt8>, _ kept: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var position = 0
        while position < name.count {
            if name[position] != kept[start + position] { return false }
            position += 1
        }
        return true
    }

    /// FNV-1a over the bytes, mixed at the end (murmur3's finalizer) so the low bits, which pick
    /// the slot, depend on every byte.
    private static func hash(_ name: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash)
    }
}
