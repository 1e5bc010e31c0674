/// Where keys are being read: a view in normal mode, or one of the modes that take text or
/// answers. Each context has its own bindings in the key map.
public enum KeyContext: Hashable, Sendable {
    /// Normal mode in a view.
    case view(ViewKind)
    /// The `:` command line.
    case commandLine
    /// `/` search, or a table's live filter.
    case textPrompt
    /// Choosing someone from a pick list.
    case pickList
    /// Filling in a form.
    case form
    /// A question taking these answers.
    case confirm([Answer])
    /// The help page.
    case help
    /// The print preview.
    case printPreview
    /// The preview of a re-plan, before it is applied.
    case replanPreview
    /// The window is too small to use.
    case tooSmall

    /// Whether unbound printable keys are typed into a text field here.
    public var takesText: Bool {
        switch self {
        case .commandLine, .textPrompt, .pickList, .form: return true
        case .view, .confirm, .help, .printPreview, .replanPreview, .tooSmall: return false
        }
    }
}
