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
        case .pickList(let list):
            PickListView.render(list, state: state, into: &screen, at: layout.body)
        case .form(let form):
            FormView.render(form, state: state, into: &screen, at: layout.body)
        case .replanPreview(let preview):
            let title = Localized("重新排班预览：\(preview.request.from) – \(preview.request.to)（Enter 执行，Esc 放弃）",
                                  "Re-plan preview: \(preview.request.from) – \(preview.request.to) (Enter applies, Esc discards)")
            PreviewView.render(title: title(state.language), lines: preview.lines, scroll: preview.scroll, into: &screen, at: layout.body)
        case .printPreview(let preview):
            let phones = preview.includesPhones ? Localized("含电话", "with phones") : Localized("不含电话", "no phones")
            let title = Localized("打印预览，\(phones.zh)（w 写入 \(preview.path)，l 送打印机）",
                                  "Print preview, \(phones.en) (w writes \(preview.path), l prints)")
            PreviewView.render(title: title(state.language), lines: preview.lines, scroll: preview.scroll, into: &screen, at: layout.body)
        case .confirm(.restoreRecovery(let offer)) where !offer.notApplied.isEmpty:
            let title = Localized("上次未保存的修改里，这些已不适用（文件之后被别人改过）：", "Of the unsaved changes from last time, these no longer apply (the files changed since):")
            PreviewView.render(title: title(state.language), lines: offer.notApplied.map { $0(state.language) }, scroll: 0,
                               into: &screen, at: layout.body)
        case .normal, .commandLine, .search, .filter, .confirm:
            state.view.feature.render(state, into: &screen, at: layout.body)
        }
        StatusLine.render(state, into: &screen, at: layout.status)
        Footer.render(state, into: &screen, at: layout.footer)
        return screen
    }
}
