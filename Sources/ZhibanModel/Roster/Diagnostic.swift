/// A problem found in a roster, reported as `file:line: message` (or just the message when
/// the problem has no place in a file), in Chinese or English.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// Where the problem is, if it has a place in a file.
    public var location: SourceLocation?
    /// What is wrong, in words the organizer understands, in both languages.
    public var text: Localized

    /// What is wrong, in Chinese (the default language).
    public var message: String { text.zh }

    /// Creates a diagnostic worded in both languages.
    public init(_ text: Localized, at location: SourceLocation? = nil) {
        self.location = location
        self.text = text
    }

    /// Creates a diagnostic whose words are the same in both languages (a name, a system's reason).
    public init(_ message: String, at location: SourceLocation? = nil) {
        self.init(Localized(message, message), at: location)
    }

    /// Creates a diagnostic at a file and line.
    public init(file: String, line: Int, _ text: Localized) {
        self.init(text, at: SourceLocation(file: file, line: line))
    }

    /// Creates a diagnostic at a file and line, worded the same in both languages.
    public init(file: String, line: Int, _ message: String) {
        self.init(file: file, line: line, Localized(message, message))
    }

    /// Creates a diagnostic at a file and line from several problems of one row, joined as a
    /// sentence of each language joins them.
    public init(file: String, line: Int, problems: [Localized]) {
        self.init(file: file, line: line, Localized(problems.map(\.zh).joined(separator: "；"),
                                                    problems.map(\.en).joined(separator: "; ")))
    }

    /// `file:line: message`, in Chinese.
    public var description: String { description(in: .zh) }

    /// `file:line: message`, in `language`.
    public func description(in language: Language) -> String {
        guard let location else { return text(language) }
        return "\(location): \(text(language))"
    }

    /// Orders by file, then line, then message, so reports read top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location?.file ?? "", lhs.location?.line ?? 0, lhs.message)
            < (rhs.location?.file ?? "", rhs.location?.line ?? 0, rhs.message)
    }
}
