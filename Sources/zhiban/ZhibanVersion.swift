/// zhiban's version: the one place it is set (`zhiban --version` prints it).
enum ZhibanVersion {
    /// The version, `MAJOR.MINOR.PATCH`.
    static let current = "0.9.0"
}
