import ZhibanModel

/// What keys are doing at the moment: moving around (normal), or typing into a prompt, a
/// pick list or a form, or answering a question.
public enum Mode: Sendable {
    /// Moving around a view.
    case normal
    /// Typing a `:` command.
    case commandLine(TextField)
    /// Typing a `/` search.
    case search(TextField)
    /// Typing a table's live filter.
    case filter(TextField)
    /// Choosing someone for a place.
    case pickList(PickList)
    /// Filling in a form.
    case form(Form)
    /// Answering a question.
    case confirm(Question)
    /// Reading the help (scrolled by some lines).
    case help(scroll: Int)
    /// Reading what a re-plan would change, before applying it.
    case replanPreview(ReplanPreview)
    /// Reading the print of the current view.
    case printPreview(PrintPreview)
}

/// A question, its answers, and what each does.
public enum Question: Hashable, Sendable {
    /// Quit with unsaved work? (s saves first.)
    case quitWithUnsavedWork
    /// Restore the work left unsaved last time (written when the program was killed)? When the
    /// files changed since, the edits are applied to them as they are now.
    case restoreRecovery(RecoveryOffer)
    /// Delete a record from a table (the text says what goes with it)?
    case delete(TableKind, name: String, text: Localized)
    /// A save found this file changed by someone else since it was loaded, and wrote nothing:
    /// save the work as a copy elsewhere, or load the version on disk?
    case fileChangedOnDisk(file: String)
    /// Load the files from disk again, dropping the unsaved work?
    case reloadDroppingWork
    /// A hand edit (named by `label`) would break a rule (`text` names it): make it anyway?
    case breaksRule(edited: Roster, label: Localized, text: Localized)
    /// Close this date (确认当天: `text` says what it confirms)?
    case closeDay(LocalDate, text: Localized)

    /// The answers the question takes, in the order the footer shows them.
    public var answers: [Answer] {
        switch self {
        case .quitWithUnsavedWork: return [.yes, .no, .saveFirst]
        case .fileChangedOnDisk: return [.saveAs, .reload, .no]
        case .restoreRecovery, .delete, .reloadDroppingWork, .breaksRule, .closeDay: return [.yes, .no]
        }
    }

    /// The question as asked.
    public var text: Localized {
        switch self {
        case .quitWithUnsavedWork:
            return Localized("有未保存的修改。s 保存后退出，y 不保存退出，n 取消",
                             "There are unsaved changes. s: save and quit, y: quit without saving, n: stay")
        case .delete(_, _, let text), .breaksRule(_, _, let text), .closeDay(_, let text):
            return text
        case .restoreRecovery(let offer):
            switch offer.basis {
            case .unchanged:
                return Localized("上次退出时有未保存的修改，已另存下来。y 恢复这些修改，n 丢弃",
                                 "Unsaved changes were kept when zhiban last ended. y: restore them, n: discard them")
            case .changedSince:
                // Each fits 100 columns with two-digit counts.
                let left = offer.notApplied.count
                return Localized("上次未保存的修改之后，文件被别人改过。y 把其中 \(offer.changes) 处用到现在的文件上"
                                 + (left == 0 ? "" : "（\(left) 处不适用，见上）") + "，n 丢弃",
                                 "Kept unsaved changes; files changed since. y: apply \(offer.changes) to them"
                                 + (left == 0 ? "" : " (\(left) don't apply, above)") + ", n: discard")
            case .unknown:
                return Localized("上次的未保存修改是旧版存下的，文件之后可能被改过。y 恢复（保存时先问），n 丢弃",
                                 "Unsaved changes from an older zhiban; files may have changed. y: restore (saving asks), n: discard")
            }
        case .fileChangedOnDisk(let file):
            // The file's own name only (the folder is the roster open here): the whole question
            // fits 100 columns in both languages, however deep the roster folder is.
            let name = file.fileName
            return Localized("\(name) 被别人改过，没有保存：a 另存你的修改，r 丢弃修改、读取磁盘上的版本，n 继续编辑",
                             "\(name) changed on disk; not saved. a: save a copy, r: load it, drop yours, n: keep editing")
        case .reloadDroppingWork:
            return Localized("重新读取磁盘上的文件，丢弃未保存的修改？y 是，n 否",
                             "Load the files from disk again, dropping the unsaved changes? y: yes, n: no")
        }
    }
}
