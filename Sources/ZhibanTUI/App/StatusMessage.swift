/// A line of news in the status bar, cleared by the next key press.
public struct StatusMessage: Hashable, Sendable {
    /// How the message is shown.
    public enum Kind: Hashable, Sendable {
        /// News.
        case info
        /// Something succeeded.
        case success
        /// Something went wrong or was refused.
        case error
    }

    /// The text, already in the interface's language.
    public var text: String
    /// How it is shown.
    public var kind: Kind

    /// Creates a message.
    public init(_ text: String, _ kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}
