/// One column of a screen row: a character and how it is drawn.
///
/// A wide character (一个汉字) occupies two cells: the first holds the character, the second
/// is a continuation that draws nothing of its own.
public struct Cell: Hashable, Sendable {
    /// The character drawn here (a space for the continuation of a wide character).
    public var character: Character
    /// How it is drawn.
    public var style: CellStyle
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    /// Creates a cell.
    public init(_ character: Character = " ", style: CellStyle = .plain, isContinuation: Bool = false) {
        self.character = character
        self.style = style
        self.isContinuation = isContinuation
    }

    /// An empty cell in plain style.
    public static let blank = Cell()
}
