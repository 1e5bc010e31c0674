import Foundation

/// The fields a CSV column repeats, kept once: a district's `duties.csv` names each of its
/// 750 gates on 60 lines, and a Chinese gate's name (小区1000卡口, 云飞雅苑大门) is longer than the
/// 15 bytes a `String` holds without a heap allocation. Without this, every line had its own copy
/// of the name: 45,000 allocations of a few hundred names, and on twice the district a roster
/// that no longer fitted the processor's cache (`check` there 2.3 × the district's time, 1.9 ×
/// with the names shared; 112 MB of memory, 93 MB shared).
///
/// Per column, an open-addressing table from a long field's bytes to the `String` made for them
/// the first time, growing to at most `most` names. A column whose fields never repeat (each
/// duty's people) fills it and then only pays a hash per field.
struct RepeatedFields {
    /// One column's table: hashes (0: an empty slot) and the strings beside them.
    private struct Column {
        var hashes = [UInt64](repeating: 0, count: 256)
        var strings = [String](repeating: "", count: 256)
        var count = 0

        /// The string kept for these bytes, if any, and the slot where they would go.
        func find(_ field: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (String?, slot: Int) {
            let mask = hashes.count - 1
            var slot = Int(truncatingIfNeeded: hash >> 7) & mask
            while hashes[slot] != 0 {
                if hashes[slot] == hash, RepeatedFields.same(field, strings[slot]) { return (strings[slot], slot) }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }

        /// Keeps a new string in an empty slot, the table doubling when half full.
        mutating func keep(_ string: String, hash: UInt64, at slot: Int) {
            guard count < RepeatedFields.most else { return }
            hashes[slot] = hash
            strings[slot] = string
            count += 1
            guard count * 2 > hashes.count else { return }
            let (oldHashes, oldStrings) = (hashes, strings)
            hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
            strings = [String](repeating: "", count: oldHashes.count * 2)
            let mask = hashes.count - 1
            for (hash, string) in zip(oldHashes, oldStrings) where hash != 0 {
                var slot = Int(truncatingIfNeeded: hash >> 7) & mask
                while hashes[slot] != 0 { slot = (slot + 1) & mask }
                hashes[slot] = hash
                strings[slot] = string
            }
        }
    }

    /// The most different long fields kept per column.
    static let most = 8192
    /// The longest text a `String` holds in itself (no allocation to save).
    static let inline = 15

    private var columns: [Column] = []

    /// The `String` for a field of column `column`: the one made before for the same bytes, or a new one.
    @inline(__always)
    mutating func string(_ field: UnsafeBufferPointer<UInt8>, column: Int) -> String {
        guard field.count > Self.inline else { return String(decoding: field, as: UTF8.self) }
        return longString(field, column: column)
    }

    private mutating func longString(_ field: UnsafeBufferPointer<UInt8>, column: Int) -> String {
        while columns.count <= column { columns.append(Column()) }
        let hash = Self.hashValue(field)
        let (kept, slot) = columns[column].find(field, hash: hash)
        if let kept { return kept }
        let string = String(decoding: field, as: UTF8.self)
        columns[column].keep(string, hash: hash, at: slot)
        return string
    }

    /// A hash of the bytes, eight at a time (never 0, which marks an empty slot).
    private static func hashValue(_ field: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let bytes = UnsafeRawBufferPointer(field)
        var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x100_0000_01b3
            offset += 1
        }
        return hash | 1
    }

    /// Whether the string's bytes are the field's.
    private static func same(_ field: UnsafeBufferPointer<UInt8>, _ string: String) -> Bool {
        string.utf8.withContiguousStorageIfAvailable { stored in
            stored.count == field.count && memcmp(stored.baseAddress!, field.baseAddress!, field.count) == 0
        } ?? false
    }
}
