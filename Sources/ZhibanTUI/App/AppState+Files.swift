import ZhibanModel

extension AppState {
    /// Asks the edge to save the roster as it is now.
    mutating func save() -> [Effect] {
        guard !readOnly else {
            say(Localized("只读模式：不能保存", "Read-only: cannot save"), .error)
            return []
        }
        guard !document.filesMayHaveChanged else {
            mode = .confirm(.fileChangedOnDisk(file: Localized("值班表文件（可能）", "The roster files may have")(language)))
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

    /// The edge finished a save. When someone else changed a file meanwhile, nothing was written
    /// and the user is offered a copy elsewhere or the version on disk.
    mutating func saveFinished(revision saved: Int, problem: SaveProblem?) -> [Effect] {
        switch problem {
        case .changedOnDisk(let file):
            quitAfterSave = false
            mode = .confirm(.fileChangedOnDisk(file: file))
            return []
        case .failed(let reason):
            quitAfterSave = false
            message = StatusMessage(Localized("修改仍在，未保存：", "Save failed, your changes are kept: ")(language) + reason(language), .error)
            return []
        case .overwroteChanges(let files):
            document.savedRevision = saved
            warnOverwritten(files)
            return []
        case .tookChangesFromDisk(let files, let merged, let overwritten):
            // Someone else changed only files this save did not touch: theirs is on screen now.
            replaceRoster(with: merged)
            let names = files.map(\.fileName)
            say(Localized("已保存；别人改过的 \(names.joined(separator: "、")) 已读入，屏幕上是合起来的版本（撤销记录已清空）",
                          "Saved; someone else's changes to \(names.joined(separator: ", ")) are loaded and shown with yours (undo history cleared)"),
                .success)
            if !overwritten.isEmpty { warnOverwritten(overwritten) }
            if quitAfterSave {
                quitAfterSave = false
                return [.quit]
            }
            return []
        case .savedWithWarning(let warning):
            // Saved; the user must see the warning before leaving.
            document.savedRevision = saved
            quitAfterSave = false
            message = StatusMessage(warning, .error)
            return []
        case nil:
            document.savedRevision = saved
            say(Localized("已保存", "Saved"), .success)
            if quitAfterSave {
                quitAfterSave = false
                return [.quit]
            }
            return []
        }
    }

    /// Says that a save replaced files someone changed in its very instant; the user must see
    /// this before leaving.
    private mutating func warnOverwritten(_ files: [String]) {
        quitAfterSave = false
        let backups = files.map { $0 + ".bak" }.joined(separator: "、")
        say(Localized("已保存；但保存的同一刻有人改了 \(files.joined(separator: "、"))，被替换的版本留在 \(backups)，请核对",
                      "Saved, but someone changed \(files.joined(separator: ", ")) at that very moment; their version is in \(backups)"),
            .error)
    }

    /// Loads the files from disk again (`:e`), asking first when that drops unsaved work;
    /// `force` (`:e!`) does not ask.
    mutating func reload(force: Bool) -> [Effect] {
        guard force || !isDirty else {
            mode = .confirm(.reloadDroppingWork)
            return []
        }
        return reload()
    }

    /// Asks the edge to load the files from disk again.
    private mutating func reload() -> [Effect] {
        say(Localized("正在重新读取…", "Reloading…"))
        return [.reload]
    }

    /// The edge finished a reload: the roster on disk replaces the one on screen, with a fresh
    /// undo history; the view, date, sorts and filters stay.
    mutating func reloadFinished(_ fresh: Roster?, error: Localized?) {
        guard let fresh else {
            let reason = error ?? Localized("", "")
            say(Localized("无法重新读取，屏幕上的值班表没有变：\(reason.zh)", "Could not reload; the roster on screen is unchanged: \(reason.en)"), .error)
            return
        }
        replaceRoster(with: fresh)
        quitAfterSave = false
        say(Localized("已读取磁盘上的版本", "Loaded the version on disk"), .success)
    }

    /// Puts the roster as it is on disk on screen, with a fresh undo history (an undo must not
    /// bring back what the files no longer hold); the view, date, sorts and filters stay.
    private mutating func replaceRoster(with fresh: Roster) {
        document.replace(with: fresh)
        day.mark = nil
        rosterDidChange()
    }

    /// Asks the edge to save the roster as a new roster in `folder` (`:saveas`).
    mutating func saveCopy(to folder: String) -> [Effect] {
        guard !folder.isEmpty else {
            say(Localized("用法：:saveas 文件夹", "Usage: :saveas DIR"), .error)
            return []
        }
        say(Localized("正在另存…", "Saving a copy…"))
        return [.saveCopy(roster, folder: folder)]
    }
}
