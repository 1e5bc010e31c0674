/// Choices that shape a printed roster beyond its dates, grouping and format.
public struct PrintOptions: Hashable, Sendable {
    /// Whether phone numbers are printed (`--no-phone` turns them off in every format).
    public var includePhone: Bool
    /// The widest a text line may be, in terminal columns (text format only).
    public var width: Int
    /// Whether CSV starts with a UTF-8 byte-order mark (`--bom`, for Excel on Windows).
    public var byteOrderMark: Bool

    /// Creates options; the defaults print phones, 80 columns, no byte-order mark.
    public init(includePhone: Bool = true, width: Int = 80, byteOrderMark: Bool = false) {
        self.includePhone = includePhone
        self.width = width
        self.byteOrderMark = byteOrderMark
    }
}
