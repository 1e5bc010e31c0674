/// A problem found in a roster, reported as `file:line: message` (or just the message when
/// the problem has no place in a file).
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// Where the problem is, if it has a place in a file.
    public var location: SourceLocation?
    /// What is wrong, in words the organizer understands.
    public var message: String

    /// Creates a diagnostic.
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.location = location
        self.message = message
    }

    /// Creates a diagnostic at a file and line.
    public init(file: String, line: Int, _ message: String) {
        self.init(message, at: SourceLocation(file: file, line: line))
    }

    /// `file:line: message`.
    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }

    /// Orders by file, then line, then message, so reports read top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location?.file ?? "", lhs.location?.line ?? 0, lhs.message)
            < (rhs.location?.file ?? "", rhs.location?.line ?? 0, rhs.message)
    }
}
