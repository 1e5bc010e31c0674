import ZhibanModel

extension AppState {
    /// Undoes the last edit.
    mutating func undo() {
        guard let label = document.undo() else { return say(Localized("没有可撤销的修改", "Nothing to undo")) }
        rosterDidChange()
        say(Localized("已撤销：" + label.zh, "Undone: " + label.en))
    }

    /// Redoes the last undone edit.
    mutating func redo() {
        guard let label = document.redo() else { return say(Localized("没有可重做的修改", "Nothing to redo")) }
        rosterDidChange()
        say(Localized("已重做：" + label.zh, "Redone: " + label.en))
    }

    /// The state asking whether to restore work left unsaved last time (shown at start).
    public func offeringRecovery(_ offer: RecoveryOffer) -> AppState {
        var state = self
        state.mode = .confirm(.restoreRecovery(offer))
        return state
    }

    /// Restores kept work: one undoable edit, unsaved. Work of unknown basis makes the next save
    /// ask as a save that found the files changed does.
    private mutating func restore(_ offer: RecoveryOffer) {
        let left = offer.notApplied.count
        switch offer.basis {
        case .unchanged:
            commit(offer.restored, Localized("恢复上次未保存的修改", "Restored the unsaved changes from last time"))
        case .changedSince:
            commit(offer.restored, Localized("把上次未保存的修改应用到现在的文件上", "Applied the unsaved changes from last time to the files as they are now"))
            say(Localized("已把上次未保存的 \(offer.changes) 处修改应用到现在的文件上" + (left == 0 ? "" : "；\(left) 处已不适用"),
                          "Applied \(offer.changes) unsaved changes from last time to the files as they are now"
                          + (left == 0 ? "" : "; \(left) no longer apply")), left == 0 ? .success : .error)
        case .unknown:
            commit(offer.restored, Localized("恢复上次未保存的修改", "Restored the unsaved changes from last time"))
            document.filesMayHaveChanged = true
        }
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
        case (.restoreRecovery(let offer), .yes):
            restore(offer)
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
        case (.closeDay(let date, _), .yes):
            return closeDay(date)
        case (.closeDay, _):
            say(Localized("没有确认", "Not closed"))
            return []
        }
    }
}
