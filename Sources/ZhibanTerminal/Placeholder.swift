import CNcursesw
/// Placeholder until the terminal edge lands.
enum TerminalPlaceholder {}
