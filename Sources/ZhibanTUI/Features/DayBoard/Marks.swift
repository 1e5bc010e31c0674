/// The symbols that mark states on the board, so nothing relies on colour alone. All are
/// narrow ASCII, so they line up on every terminal whatever its East Asian width setting.
enum Marks {
    /// After a party member's name (the usual 带*号为党员).
    static let party = "*"
    /// After a leader's name (组长, 队长, 支部书记).
    static let leader = "^"
    /// Before someone called in from the reserve team.
    static let reserve = "+"
    /// Before someone who breaks a rule there, and on a slot that breaks one.
    static let problem = "!"
    /// Before a pinned duty (the planner leaves it alone), and before a person a hand edit put
    /// on a shift (the planner keeps them there).
    static let pinned = "="
    /// Before a place marked for a swap or move.
    static let marked = ">"
    /// In a cell whose checkpoint does not use that shift.
    static let unused = "-"
    /// After someone who served (到岗, or the day closed with nothing recorded).
    static let served = "✓"
    /// After someone absent (缺岗).
    static let absent = "✗"
    /// Between someone replaced (替班) and who stood in for them.
    static let replaced = ">"
    /// After someone who came late or left early (迟到/早退).
    static let partly = "~"
    /// After someone who stood without being planned (加班).
    static let extra = "✚"
}
