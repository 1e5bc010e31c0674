import ZhibanModel

/// Why a text is not TOML that zhiban can read: the 1-based line and what is wrong, in both
/// languages (`RosterTOMLReader` makes it a `roster.toml:LINE: …` problem).
struct TOMLSyntaxError: Error, Equatable {
    var line: Int
    var message: Localized

    /// A syntax error: `TOML 语法错误：…` / `TOML syntax error: …`.
    static func syntax(line: Int, _ zh: String, _ en: String) -> TOMLSyntaxError {
        TOMLSyntaxError(line: line, message: Localized("TOML 语法错误：" + zh, "TOML syntax error: " + en))
    }
}
