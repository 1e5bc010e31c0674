/// What keys are doing at the moment: moving around (normal), or typing into a prompt, a
/// pick list or a form, or answering a question.
public enum Mode: Sendable {
    /// Moving around a view.
    case normal
    /// Typing a `:` command.
    case commandLine(TextField)
    /// Typing a `/` search.
    case search(TextField)
    /// Choosing someone for a place.
    case pickList(PickList)
    /// Answering a question.
    case confirm(Question)
    /// Reading the help (scrolled by some lines).
    case help(scroll: Int)
}

/// A yes/no question and what a yes does.
public enum Question: Hashable, Sendable {
    /// Quit with unsaved work? (s saves first.)
    case quitWithUnsavedWork

    /// The question as asked.
    public var text: Localized {
        switch self {
        case .quitWithUnsavedWork:
            return Localized("有未保存的修改。s 保存后退出，y 不保存退出，n 取消",
                             "There are unsaved changes. s: save and quit, y: quit without saving, n: stay")
        }
    }
}
