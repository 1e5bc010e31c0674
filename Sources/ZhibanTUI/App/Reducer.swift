import ZhibanModel

/// The reducer: the next state and the edge's work, from the current state and one action.
///
/// Pure: it touches no files and no terminal, so every action is tested by calling it.
public func reduce(_ state: AppState, _ action: Action) -> (AppState, [Effect]) {
    var next = state
    let effects = next.apply(action)
    next.refreshDerived()
    return (next, effects)
}

extension AppState {
    /// The next state for `key`, read through the key map in the current context (nothing
    /// happens for a key that is bound to nothing here).
    public func reduce(key: Key) -> (AppState, [Effect]) {
        guard let action = KeyMap.action(for: key, in: keyContext) else { return (self, []) }
        return ZhibanTUI.reduce(self, action)
    }

    /// Applies one action in place and returns the effects it asks for.
    mutating func apply(_ action: Action) -> [Effect] {
        switch action {
        case .resize(let width, let height):
            self.width = max(0, width)
            self.height = max(0, height)
            keepCursorsVisible()
            return [.redraw]
        case .saveFinished(let revision, let problem):
            return saveFinished(revision: revision, problem: problem)
        case .reloadFinished(let roster, let error):
            reloadFinished(roster, error: error)
            return roster == nil ? [] : [.loadServed]  // someone may have recorded meanwhile
        case .servedRecorded(let events, let record, let error):
            servedRecorded(events, record: record, error: error)
            return []
        case .servedLoaded(let record, let error):
            servedLoaded(record, error: error)
            return []
        case .copyFolderProposed(let folder):
            mode = .commandLine(TextField("saveas " + folder))
            return []
        case .outputFinished(let text, let failed):
            message = StatusMessage(text, failed ? .error : .success)
            return []
        case .keepingUnsavedWorkFailed(let reason):
            // What to do first, the system's reason after it: a long reason is what the width cuts.
            say(Localized("未保存的修改没能存入恢复文件夹，断线会丢失，请尽快 Ctrl-S 保存：\(reason)",
                          "Unsaved changes not kept for recovery; save soon with Ctrl-S: \(reason)"), .error)
            return []
        default:
            break
        }
        message = nil
        if isTooSmall { return action == .quit ? quit() : [] }
        if case .paste(let text) = action { return paste(text) }
        switch mode {
        case .normal: return applyInNormalMode(action)
        case .commandLine(let field): return applyOnCommandLine(action, field)
        case .search(let field): return applyInSearch(action, field)
        case .filter(let field): return applyInFilter(action, field)
        case .pickList(let list): return applyInPickList(action, list)
        case .form(let form): return applyInForm(action, form)
        case .confirm(let question): return answer(question, action)
        case .help(let scroll): return applyInHelp(action, scroll: scroll)
        case .replanPreview(let preview): return applyInReplanPreview(action, preview)
        case .printPreview(let preview): return applyInPrintPreview(action, preview)
        }
    }

    /// Pasted text goes to the field that has focus as text, never as keys: one line on the
    /// command line, in search, filters and the pick list; a form spreads a copied row over its
    /// fields. Where nothing takes text it is dropped, and the user is told.
    private mutating func paste(_ text: String) -> [Effect] {
        switch mode {
        case .form(let form): return applyInForm(.paste(text), form)
        case .commandLine, .search, .filter, .pickList: return apply(.text(.insert(PastedText.oneLine(text))))
        case .normal, .confirm, .help, .replanPreview, .printPreview:
            say(Localized("粘贴的内容没有用上：这里没有可输入的地方", "Pasted text ignored: nothing here takes text"), .error)
            return []
        }
    }

    /// Normal mode: what every view shares is done here; the view on screen does the rest
    /// (`ViewFeature.update`), or, when it leaves an action, the shell's default: Tab shows the
    /// next view, `r` re-plans the day shown.
    private mutating func applyInNormalMode(_ action: Action) -> [Effect] {
        switch action {
        case .previousDay: showDate(date.adding(days: -1))
        case .nextDay: showDate(date.adding(days: 1))
        case .today: showDate(today)
        case .show(let view): self.view = view
        case .openCommandLine: mode = .commandLine(TextField())
        case .openSearch: mode = .search(TextField())
        case .searchNext: searchAgain(forward: true)
        case .searchPrevious: searchAgain(forward: false)
        case .openHelp: mode = .help(scroll: 0)
        case .printPreview: openPrintPreview()
        case .cancel: cancelMark()
        case .undo: undo()
        case .redo: redo()
        case .save: return save()
        case .quit: return quit()
        case .suspend: return [.suspend]
        case .redraw: return [.redraw]
        default:
            if let effects = view.feature.update(action, in: &self) { return effects }
            switch action {
            case .nextPane: view = view.next
            case .previousPane: view = view.previous
            case .replan: openReplan()
            default: break
            }
        }
        return []
    }

    /// The help page: scrolling, and any closing key.
    private mutating func applyInHelp(_ action: Action, scroll: Int) -> [Effect] {
        let page = layout.visibleRows(.help)
        let most = max(0, HelpPage.lines(self).count - page)
        switch action {
        case .moveUp: mode = .help(scroll: max(0, scroll - 1))
        case .moveDown: mode = .help(scroll: min(most, scroll + 1))
        case .pageUp: mode = .help(scroll: max(0, scroll - page))
        case .pageDown: mode = .help(scroll: min(most, scroll + page))
        case .first: mode = .help(scroll: 0)
        case .last: mode = .help(scroll: most)
        case .cancel: mode = .normal
        default: break
        }
        return []
    }
}
