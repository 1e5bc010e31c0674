import ZhibanModel

/// One line of the key map: the keys, what they do, and how the help describes it.
public struct KeyBinding: Hashable, Sendable {
    /// The keys that trigger the action (the first is the one shown in the footer).
    public var keys: [Key]
    /// What they do.
    public var action: Action
    /// The description in the help and the footer.
    public var help: Localized
    /// Whether the footer shows it.
    public var inFooter: Bool
    /// A shorter description for the footer, where the help's would take too much of the line.
    public var footerHelp: Localized?

    /// Creates a binding.
    public init(_ keys: [Key], _ action: Action, _ help: Localized, footer: Bool = false, footerHelp: Localized? = nil) {
        self.keys = keys
        self.action = action
        self.help = help
        self.inFooter = footer
        self.footerHelp = footerHelp
    }

    /// The keys as the help writes them: `↑ k`, `Ctrl-S`.
    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}
