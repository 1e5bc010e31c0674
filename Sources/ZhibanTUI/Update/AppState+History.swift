import ZhibanModel

extension AppState {
    /// Undoes the last edit.
    mutating func undo() {
        guard let entry = history.popUndo() else { return say(Localized("没有可撤销的修改", "Nothing to undo")) }
        entry.change.undo(&roster)
        revision = entry.revisionBefore
        rosterDidChange()
        say(Localized("已撤销：" + entry.label.zh, "Undone: " + entry.label.en))
    }

    /// Redoes the last undone edit.
    mutating func redo() {
        guard let entry = history.popRedo() else { return say(Localized("没有可重做的修改", "Nothing to redo")) }
        entry.change.redo(&roster)
        revision = entry.revisionAfter
        rosterDidChange()
        say(Localized("已重做：" + entry.label.zh, "Redone: " + entry.label.en))
    }

    /// Asks the edge to save the roster as it is now.
    mutating func save() -> [Effect] {
        guard !readOnly else {
            say(Localized("只读模式：不能保存", "Read-only: cannot save"), .error)
            return []
        }
        say(Localized("正在保存…", "Saving…"))
        return [.save(roster, revision: revision)]
    }

    /// Quits, or asks first when there is unsaved work.
    mutating func quit() -> [Effect] {
        guard isDirty, !readOnly else { return [.quit] }
        mode = .confirm(.quitWithUnsavedWork)
        return []
    }

    /// The edge finished a save.
    mutating func saveFinished(revision saved: Int, error: String?) -> [Effect] {
        if let error {
            quitAfterSave = false
            message = StatusMessage(Localized("保存失败，修改仍在：", "Save failed, your changes are kept: ")(language) + error, .error)
            return []
        }
        savedRevision = saved
        say(Localized("已保存", "Saved"), .success)
        if quitAfterSave {
            quitAfterSave = false
            return [.quit]
        }
        return []
    }

    /// The state asking whether to restore work left unsaved last time (shown at start).
    public func offeringRecovery(_ recovered: Roster) -> AppState {
        var state = self
        var sorted = recovered
        if !sorted.dutiesAreSorted { sorted.sortDuties() }
        state.mode = .confirm(.restoreRecovery(sorted))
        return state
    }

    /// Answers the question on screen.
    mutating func answer(_ question: Question, _ action: Action) -> [Effect] {
        guard case .answer(let answer) = action else {
            mode = .confirm(question)
            return []
        }
        mode = .normal
        switch (question, answer) {
        case (.quitWithUnsavedWork, .yes): return [.quit]
        case (.quitWithUnsavedWork, .saveFirst):
            quitAfterSave = true
            return save()
        case (.quitWithUnsavedWork, .no): return []
        case (.restoreRecovery(let recovered), .yes):
            commit(recovered, Localized("恢复上次未保存的修改", "Restored the unsaved changes from last time"))
            return []
        case (.delete(let kind, let name, _), .yes):
            let (edited, label) = RecordDeletion.apply(kind, name, to: roster)
            commit(edited, label)
            return []
        case (.delete, _):
            return []
        case (.restoreRecovery, _):
            say(Localized("已丢弃上次未保存的修改", "Discarded the unsaved changes from last time"))
            return [.discardRecovery]
        }
    }
}
