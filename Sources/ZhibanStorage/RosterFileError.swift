import ZhibanModel

/// A roster or spreadsheet that cannot be read: every problem found, each as `file:line: message`.
public struct RosterFileError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file and line order.
    public var problems: [Diagnostic]

    /// Creates an error from its problems.
    public init(_ problems: [Diagnostic]) { self.problems = problems.sorted() }

    /// Creates an error with one problem.
    public init(file: String, line: Int, _ message: String) {
        self.init([Diagnostic(file: file, line: line, message)])
    }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
