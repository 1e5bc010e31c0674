/// Where a record came from: a file and a 1-based line, for `file:line: message` reports.
///
/// Locations are never part of a record's identity: two records equal in content are equal
/// wherever they were read.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's name as shown to the user (usually relative to the roster folder).
    public var file: String
    /// The 1-based line.
    public var line: Int

    /// Creates a location.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`.
    public var description: String { "\(file):\(line)" }
}
