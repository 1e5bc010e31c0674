/// TOML's dates and times as written: `1979-05-27`, `07:32:00`, `1979-05-27T07:32:00.5`,
/// `1979-05-27 07:32:00+08:00`. zhiban keeps its dates and times as quoted text, so it only
/// needs to tell a valid one from a mistake.
enum TOMLDateTime {
    /// Whether `text` starts the way only a date (`1979-`) or a time (`07:`) does.
    static func looksLikeOne(_ text: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(text.prefix(5))
        func digits(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 < bytes.count && isDigit(bytes[$0]) } }
        return (digits(0..<4) && bytes.count == 5 && bytes[4] == UInt8(ascii: "-"))
            || (digits(0..<2) && bytes.count > 2 && bytes[2] == UInt8(ascii: ":"))
    }

    /// Whether `text` is an offset date-time, a local date-time, a local date or a local time
    /// (seconds may be left out, as in TOML 1.1).
    static func isValid(_ text: ArraySlice<UInt8>) -> Bool {
        var reader = Reader(bytes: Array(text))
        return reader.dateTime() && reader.index == reader.bytes.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        mutating func dateTime() -> Bool {
            if bytes.count > 2 && bytes[2] == UInt8(ascii: ":") { return time() }
            guard date() else { return false }
            guard index < bytes.count else { return true }
            guard [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[index]) else { return false }
            index += 1
            guard time() else { return false }
            guard index < bytes.count else { return true }
            if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
                index += 1
                return true
            }
            guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") else { return false }
            index += 1
            guard let hour = number(2), hour < 24, skip(":"), let minute = number(2), minute < 60 else { return false }
            return true
        }

        mutating func date() -> Bool {
            guard let year = number(4), skip("-"), let month = number(2), (1...12).contains(month), skip("-"), let day = number(2) else { return false }
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
            return (1...days).contains(day)
        }

        mutating func time() -> Bool {
            guard let hour = number(2), hour < 24, skip(":"), let minute = number(2), minute < 60 else { return false }
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return true }
            index += 1
            guard let second = number(2), second <= 60 else { return false }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                return index > start
            }
            return true
        }

        /// `count` digits as a number.
        mutating func number(_ count: Int) -> Int? {
            guard index + count <= bytes.count, bytes[index..<(index + count)].allSatisfy(isDigit) else { return nil }
            let value = bytes[index..<(index + count)].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            index += count
            return value
        }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
            index += 1
            return true
        }
    }
}
