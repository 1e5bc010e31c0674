/// A wall-clock time of day, in whole minutes after midnight, from 00:00 to 24:00.
///
/// `24:00` is midnight at the end of the day; it is only meaningful as the end of a span.
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes after midnight, `0...1440`.
    public let minutes: Int

    /// Creates a time from minutes after midnight (`0...1440`).
    public init?(minutes: Int) {
        guard (0...1440).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// Creates a time from hours and minutes; `24:00` is allowed, `24:01` is not.
    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        self.minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` or `H:MM` (also with a full-width colon `：`, as typed in Chinese input methods).
    public init?(parsing text: String) {
        // On the bytes (a month of served records holds thousands of times): one or two ASCII
        // digits, `:` or `：` (EF BC 9A), two digits.
        var trimmed = text.trimmingWhitespace()
        guard let (hour, minute) = trimmed.withUTF8(ClockTime.hourAndMinute) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    /// The hour and minute of `H:MM`, `HH:MM`, `H：MM` or `HH：MM` in UTF-8, nil for anything else.
    private static func hourAndMinute(_ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        var hourDigits = 0
        while hourDigits < bytes.count, isDigit(bytes[hourDigits]) { hourDigits += 1 }
        guard (1...2).contains(hourDigits), hourDigits < bytes.count else { return nil }
        var minuteStart = hourDigits + 1
        if bytes[hourDigits] != UInt8(ascii: ":") {
            guard bytes.count >= hourDigits + 3, bytes[hourDigits] == 0xEF, bytes[hourDigits + 1] == 0xBC, bytes[hourDigits + 2] == 0x9A else { return nil }
            minuteStart = hourDigits + 3
        }
        guard bytes.count == minuteStart + 2, isDigit(bytes[minuteStart]), isDigit(bytes[minuteStart + 1]) else { return nil }
        let number = { (range: Range<Int>) in bytes[range].reduce(0) { $0 * 10 + Int($1) - 0x30 } }
        return (number(0..<hourDigits), number(minuteStart..<minuteStart + 2))
    }

    /// The hour part (`0...24`).
    public var hour: Int { minutes / 60 }
    /// The minute part (`0...59`).
    public var minute: Int { minutes % 60 }

    /// `HH:MM`, zero-padded.
    public var description: String { twoDigits(hour) + ":" + twoDigits(minute) }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}

/// Formats `0...99` as two digits.
func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

extension Character {
    /// True for the ASCII digits `0`–`9` only (not full-width or other scripts' digits).
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
