import ZhibanModel

/// Draws the whole interface for a state: title bar, the current view (or the help, or a pick
/// list over it), the status line and the footer of keys.
public enum RootView {
    /// The screen for `state`, at the state's terminal size.
    public static func render(_ state: AppState) -> Screen {
        var screen = Screen(width: state.width, height: state.height)
        guard !state.isTooSmall else {
            TooSmallView.render(state, into: &screen)
            return screen
        }
        let layout = Layout(width: state.width, height: state.height)
        TitleBar.render(state, into: &screen, at: layout.title)
        switch state.mode {
        case .help(let scroll):
            HelpView.render(state, scroll: scroll, into: &screen, at: layout.body)
        default:
            renderView(state, into: &screen, at: layout.body)
        }
        if case .pickList(let list) = state.mode {
            PickListView.render(list, state: state, into: &screen, at: layout.body)
        }
        StatusLine.render(state, into: &screen, at: layout.status)
        Footer.render(state, into: &screen, at: layout.footer)
        return screen
    }

    private static func renderView(_ state: AppState, into screen: inout Screen, at rect: Rect) {
        switch state.view {
        case .day: DayBoardView.render(state, into: &screen, at: rect)
        default: EmptyView.render(state.view.title(state.language), into: &screen, at: rect)
        }
    }
}
