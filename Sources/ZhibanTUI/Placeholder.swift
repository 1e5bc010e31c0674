/// Placeholder until the TUI core lands.
enum TUIPlaceholder {}
