/// Where the parts of the interface go on a screen of a given size: a title bar at the top, the
/// view's body, a status line and the footer of keys at the bottom.
struct Layout: Sendable {
    /// The title bar.
    let title: Rect
    /// The view's area.
    let body: Rect
    /// The status line (messages, prompts, the legend).
    let status: Rect
    /// The keys that work here.
    let footer: Rect

    /// The layout of a `width`×`height` screen.
    init(width: Int, height: Int) {
        title = Rect(x: 0, y: 0, width: width, height: 1)
        body = Rect(x: 0, y: 1, width: width, height: height - 3)
        status = Rect(x: 0, y: height - 2, width: width, height: 1)
        footer = Rect(x: 0, y: height - 1, width: width, height: 1)
    }
}
