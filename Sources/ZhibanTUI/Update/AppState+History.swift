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
        case (.quitWithUnsavedWork, _): return []
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
        case (.fileChangedOnDisk, .saveAs):
            return [.proposeCopyFolder]
        case (.fileChangedOnDisk, .reload), (.reloadDroppingWork, .yes):
            return reload(force: true)
        case (.fileChangedOnDisk, _):
            say(Localized("没有保存，修改仍在：可以 :saveas 文件夹 另存，或 :e! 读取磁盘上的版本",
                          "Not saved, your changes are kept: :saveas DIR saves a copy, :e! loads the version on disk"))
            return []
        case (.reloadDroppingWork, _):
            return []
        case (.breaksRule(let edited, let label, _), .yes):
            commit(edited, Localized(label.zh + "（违反规则，已标 !）", label.en + " (breaks a rule, marked !)"))
            return []
        case (.breaksRule, _):
            say(Localized("未安排", "Not done"))
            return []
        }
    }
}
