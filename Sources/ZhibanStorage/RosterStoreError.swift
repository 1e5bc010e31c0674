import ZhibanModel

/// Why a roster could not be opened for writing or saved. Every message says what happened and
/// whether anything was lost.
public enum RosterStoreError: Error, Sendable, CustomStringConvertible, Equatable {
    /// Another process (its id, when the lock file names it) holds the writer's lock.
    case lockedByAnother(processID: String?)
    /// The lock file could not be created.
    case cannotLock(String)
    /// A file was changed on disk since it was loaded; nothing was written.
    case changedOnDisk(file: String)
    /// Writing failed; the old files are intact.
    case writeFailed(String)
    /// The roster was opened with `--read-only`.
    case readOnly

    /// The message in Chinese.
    public var description: String { message(in: .zh) }

    /// The message in `language` (a reason passed in from the system stays as it was given).
    public func message(in language: Language) -> String {
        switch self {
        case .lockedByAnother(let processID):
            return Localized(
                "另一个 zhiban\(processID.map { "（进程 \($0)）" } ?? "")正在编辑这个值班表，不能同时写入。请先关闭它，或用 --read-only 只读打开。",
                "Another zhiban\(processID.map { " (process \($0))" } ?? "") is editing this roster; two cannot write at once. "
                    + "Close it first, or open the roster with --read-only.")(language)
        case .cannotLock(let message): return message
        case .changedOnDisk(let file):
            return Localized("\(file) 在打开后被别的程序改过；为了不覆盖别人的修改，这次没有保存。请重新打开（或另存到别的文件夹）。",
                             "\(file) was changed by another program after it was opened; to keep their changes, nothing was saved. "
                                + "Open it again (or save a copy in another folder).")(language)
        case .writeFailed(let reason):
            return Localized("保存失败：\(reason)。原来的文件没有改动，没有丢失任何数据。",
                             "Saving failed: \(reason). The old files are untouched; nothing was lost.")(language)
        case .readOnly:
            return Localized("以只读方式打开（--read-only），不能保存。", "Opened read-only (--read-only): cannot save.")(language)
        }
    }
}
