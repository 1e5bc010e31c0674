/// Values looked up by name, equal names (as `String`s are equal) finding the same value, in a
/// few dozen instructions where a `Dictionary` takes hundreds.
///
/// The planning indexes, the rule check and the readers look names up for every person of every
/// duty of the month: half a million look-ups on a district. A `Dictionary` keyed by `NameKey`
/// spends some 750 instructions on each of them (SipHash over the bytes, the probe, the
/// comparisons through closures); most of a `check` of the district went there.
///
/// So names that are plainly in NFC (`NameKey.isPlainlyNFC`: ASCII and the Chinese characters,
/// almost every name) are also kept in an open-addressing table of our own, hashed with FNV-1a
/// over their bytes and compared byte by byte, which is exact for such names. A look-up goes
/// there while every name in the table is plain; any other name (a decomposed `é`, a
/// compatibility ideograph, `·` in 阿依古丽·买买提) is looked up by `NameKey`, as is every name
/// once the table holds one that is not plain, since it may equal a plain name with other bytes.
/// No kept library offers such a table: swift-collections' tables hash with the standard
/// library's `Hasher` too.
public struct NameTable<Value: Sendable>: Sendable {
    /// The values, in the order their names were first added.
    @usableFromInline var values: [Value] = []
    /// Every name's position in `values`, by `NameKey` (exact for any name).
    @usableFromInline var positions: [NameKey: Int] = [:]
    /// The UTF-8 bytes of the names of `values`, one after the other, for the byte comparisons
    /// of the plain table (kept while every name is plain).
    @usableFromInline var nameBytes: [UInt8] = []
    /// Where each name's bytes start in `nameBytes`, and past the last, where they end.
    @usableFromInline var nameStarts: [Int32] = [0]
    /// The plain table: per bucket, 0 when empty, else the position in `values` plus one.
    @usableFromInline var buckets: [Int32] = []
    /// Each bucket's full hash, so that a probe compares bytes only where the hashes agree.
    @usableFromInline var bucketHashes: [UInt64] = []
    /// Whether every name added is plainly in NFC, so that the plain table holds them all.
    @usableFromInline var allPlain = true

    /// An empty table.
    @inlinable public init() {}

    /// An empty table with room for `capacity` names, so that filling it does not grow it step
    /// by step (each step hashes every name again).
    @inlinable public init(minimumCapacity capacity: Int) {
        values.reserveCapacity(capacity)
        positions.reserveCapacity(capacity)
        nameStarts.reserveCapacity(capacity + 1)
        nameBytes.reserveCapacity(capacity * 12)
        var buckets = 16
        while buckets < capacity * 2 { buckets *= 2 }
        (self.buckets, bucketHashes) = (Array(repeating: 0, count: buckets), Array(repeating: 0, count: buckets))
    }

    /// The table of a dictionary's entries.
    @inlinable public init(_ dictionary: [String: Value]) {
        for (name, value) in dictionary { set(value, for: name) }
    }

    /// The value for `name`, if any.
    @inlinable public subscript(name: String) -> Value? { position(of: name).map { values[$0] } }

    /// Gives `name` this value, adding the name when it is new (names are never removed).
    @inlinable public mutating func set(_ value: Value, for name: String) {
        if let position = position(of: name) { values[position] = value } else { add(name, value) }
    }

    /// The value for `name`, or `fallback` there (to change in place).
    @inlinable public subscript(name: String, default fallback: @autoclosure () -> Value) -> Value {
        get { position(of: name).map { values[$0] } ?? fallback() }
        _modify {
            let position = position(of: name) ?? add(name, fallback())
            yield &values[position]
        }
    }

    /// How many names the table holds.
    @inlinable public var count: Int { values.count }

    /// The position in `values` of `name`, if it is there.
    @inlinable func position(of name: String) -> Int? {
        if allPlain, let found = name.utf8.withContiguousStorageIfAvailable(plainPosition), let found {
            return found.position
        }
        return positions[NameKey(name)]
    }

    /// Where the plain table finds these bytes: `.some(nil)` when they are plain and not there,
    /// nil when they are not plain (the `NameKey` look-up must tell).
    @inlinable func plainPosition(_ bytes: UnsafeBufferPointer<UInt8>) -> PlainLookup? {
        guard let hash = Self.plainHash(bytes) else { return nil }
        guard !buckets.isEmpty else { return PlainLookup(position: nil) }
        return buckets.withUnsafeBufferPointer { buckets in
            bucketHashes.withUnsafeBufferPointer { hashes in
                nameBytes.withUnsafeBufferPointer { names in
                    let mask = buckets.count - 1
                    var bucket = Int(truncatingIfNeeded: hash) & mask
                    while buckets[bucket] != 0 {
                        let position = Int(buckets[bucket]) - 1
                        if hashes[bucket] == hash {
                            let (start, end) = (Int(nameStarts[position]), Int(nameStarts[position + 1]))
                            if NameKey.sameBytes(UnsafeBufferPointer(rebasing: names[start..<end]), bytes) { return PlainLookup(position: position) }
                        }
                        bucket = (bucket + 1) & mask
                    }
                    return PlainLookup(position: nil)
                }
            }
        }
    }

    /// What the plain table says of a plain name.
    @usableFromInline struct PlainLookup {
        @usableFromInline var position: Int?
        @usableFromInline init(position: Int?) { self.position = position }
    }

    /// Adds a name not yet in the table; returns its position.
    @inlinable @discardableResult mutating func add(_ name: String, _ value: Value) -> Int {
        let position = values.count
        values.append(value)
        positions[NameKey(name)] = position
        guard allPlain else { return position }
        let hash = name.utf8.withContiguousStorageIfAvailable { bytes -> UInt64? in
            guard let hash = Self.plainHash(bytes) else { return nil }
            nameBytes.append(contentsOf: bytes)
            return hash
        } ?? nil
        if let hash {
            nameStarts.append(Int32(nameBytes.count))
            placeInPlainTable(position, hash: hash)
        } else {
            dropPlainTable()
        }
        return position
    }

    /// Puts a plain name's position in its bucket, growing the table to stay at most half full.
    @inlinable mutating func placeInPlainTable(_ position: Int, hash: UInt64) {
        if values.count * 2 > buckets.count {
            let (oldBuckets, oldHashes) = (buckets, bucketHashes)
            let capacity = max(16, buckets.count * 2)
            (buckets, bucketHashes) = (Array(repeating: 0, count: capacity), Array(repeating: 0, count: capacity))
            for bucket in oldBuckets.indices where oldBuckets[bucket] != 0 {
                insert(Int(oldBuckets[bucket]) - 1, hash: oldHashes[bucket])
            }
        }
        insert(position, hash: hash)
    }

    /// Puts a position in the first free bucket from its hash.
    @inlinable mutating func insert(_ position: Int, hash: UInt64) {
        let mask = buckets.count - 1
        var bucket = Int(truncatingIfNeeded: hash) & mask
        while buckets[bucket] != 0 { bucket = (bucket + 1) & mask }
        buckets[bucket] = Int32(position + 1)
        bucketHashes[bucket] = hash
    }

    /// A name that is not plain came: from now on every look-up goes by `NameKey`.
    @inlinable mutating func dropPlainTable() {
        allPlain = false
        (buckets, bucketHashes, nameBytes, nameStarts) = ([], [], [], [])
    }

    /// FNV-1a over bytes that are plainly in NFC (see `NameKey.isPlainlyNFC`, checked in the
    /// same pass), its high bits folded down so the bucket (the low bits) depends on all; nil
    /// when the bytes are not plain.
    @inlinable static func plainHash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            if byte < 0x80 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                position += 1
            } else if byte >= 0xE4 && byte <= 0xE9 && position + 2 < bytes.count {
                let scalar = UInt64(byte) << 16 | UInt64(bytes[position + 1]) << 8 | UInt64(bytes[position + 2])
                hash = (hash ^ scalar) &* 0x0000_0100_0000_01B3
                position += 3
            } else {
                return nil
            }
        }
        return hash ^ (hash >> 29)
    }
}
