/// What a cell means, which the terminal edge turns into colours (or plain attributes in
/// monochrome). Every meaning shown by a role is also shown by a symbol or a word, so nothing
/// depends on colour alone.
public enum StyleRole: Int, Hashable, Sendable, CaseIterable {
    /// Ordinary text.
    case normal
    /// The title bar and table headers.
    case header
    /// The footer and the help.
    case footer
    /// The cell or row under the cursor.
    case cursor
    /// A place marked for a swap or move.
    case marked
    /// An empty place that should be filled.
    case empty
    /// A broken hard rule.
    case problem
    /// A person called in from the reserve team.
    case reserve
    /// Quiet text: hints, places that need nobody.
    case muted
    /// Good news: a covered day, a saved roster.
    case good
    /// An error message.
    case error
    /// A compound's heading on the day board.
    case group
    /// A bar in the statistics.
    case bar
    /// Someone who served (到岗, 加班) on the day board.
    case served
    /// Someone absent (缺岗).
    case absent
    /// Someone replaced by a substitute (替班).
    case substituted
    /// Someone who came late or left early (迟到/早退).
    case partly
}

/// How one cell is drawn: its role plus the attributes that work on every terminal.
public struct CellStyle: Hashable, Sendable {
    /// What the cell means (the edge picks the colours).
    public var role: StyleRole
    /// Bold text.
    public var bold: Bool
    /// Reverse video (used for the cursor, so it shows in monochrome too).
    public var reverse: Bool

    /// Creates a style.
    public init(_ role: StyleRole = .normal, bold: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
    }

    /// Plain text.
    public static let plain = CellStyle()
}
