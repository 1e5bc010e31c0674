/// How fully a checkpoint is staffed over a date range.
public struct CheckpointCoverage: Hashable, Sendable {
    /// The checkpoint's name.
    public let checkpoint: String
    /// Person-places its shifts need (shifts × people per shift).
    public let needed: Int
    /// Person-places filled (extra people on a shift do not count).
    public let filled: Int

    /// Creates a coverage figure.
    public init(checkpoint: String, needed: Int, filled: Int) {
        self.checkpoint = checkpoint
        self.needed = needed
        self.filled = filled
    }

    /// Places left empty.
    public var empty: Int { needed - filled }
}
