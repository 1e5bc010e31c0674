import ZhibanModel

/// A roster or spreadsheet that cannot be read: every problem found, each as `file:line: message`.
public struct RosterFileError: Error, Sendable, CustomStringConvertible {
    /// The problems, in file and line order.
    public var problems: [Diagnostic]

    /// Creates an error from its problems.
    public init(_ problems: [Diagnostic]) { self.problems = problems.sorted() }

    /// Creates an error with one problem, worded in both languages.
    public init(file: String, line: Int, _ text: Localized) {
        self.init([Diagnostic(file: file, line: line, text)])
    }

    /// One problem per line, in Chinese.
    public var description: String { description(in: .zh) }

    /// One problem per line, in `language`.
    public func description(in language: Language) -> String {
        problems.map { $0.description(in: language) }.joined(separator: "\n")
    }
}
