import ZhibanModel

/// A command typed on the `:` line.
enum Command: Hashable, Sendable {
    /// `:w`: save.
    case write
    /// `:q`: quit, asking when there is unsaved work.
    case quit
    /// `:q!`: quit without saving.
    case forceQuit
    /// `:wq` (or `:x`): save, then quit.
    case writeQuit
    /// `:e` (or `:reload`): load the files from disk again, asking first when that drops unsaved
    /// work; `:e!` without asking.
    case reload(force: Bool)
    /// `:saveas DIR`: save the work as a new roster in DIR, leaving the open one as it is.
    case saveAs(folder: String)
    /// `:goto DATE`: show a date.
    case goto(LocalDate)
    /// `:rotate [FROM [TO]]`: re-plan a range (with a preview); without dates, the form.
    case rotate(from: LocalDate?, to: LocalDate?)
    /// `:print`: the print preview of the current view.
    case print
    /// `:help`: the help page.
    case help
    /// `:lang zh|en`: switch the interface's language.
    case language(Language)
    /// `:find NAME`: a person's next duties, across dates.
    case find(String)
    /// `:settings`: the form for the title, the time zone and the rules.
    case settings

    /// The command names, in the order completion offers them.
    static let names = ["w", "q", "q!", "wq", "x", "e", "e!", "saveas", "goto", "rotate", "find", "settings", "print", "help", "lang"]

    /// Every command as the help lists it: how to type it, and what it does.
    static let catalogue: [(usage: Localized, help: Localized)] = [
        (Localized(":w", ":w"), Localized("保存", "save")),
        (Localized(":q  :q!", ":q  :q!"), Localized("退出（有未保存的修改时先问）；不保存直接退出", "quit (asking when there is unsaved work); quit without saving")),
        (Localized(":wq  :x", ":wq  :x"), Localized("保存后退出", "save, then quit")),
        (Localized(":e  :e!", ":e  :e!"), Localized("重新读取磁盘上的文件（有未保存的修改时先问）；不问直接读取",
                                                    "reload the files from disk (asking if there is unsaved work); without asking")),
        (Localized(":saveas 文件夹", ":saveas DIR"), Localized("把当前的值班表另存为新文件夹（原来的不变）", "save the roster as a new folder (the open one stays as it is)")),
        (Localized(":goto 日期", ":goto DATE"), Localized("跳到某天：2022-04-07、4-7、+1、today", "show a date: 2022-04-07, 4-7, +1, today")),
        (Localized(":rotate [从 [到]]", ":rotate [FROM [TO]]"), Localized("重新排班（先预览）", "re-plan a range (with a preview)")),
        (Localized(":find 姓名", ":find NAME"), Localized("此人从今天起的值班（跨日期；n 下一个）", "their duties from today on, across dates (n: next)")),
        (Localized(":settings", ":settings"), Localized("修改标题、时区和规则（休息、每天时长）", "edit the title, time zone and rules (rest, hours a day)")),
        (Localized(":print", ":print"), Localized("打印预览", "print preview")),
        (Localized(":lang zh|en", ":lang zh|en"), Localized("切换界面语言", "switch the interface's language")),
        (Localized(":help", ":help"), Localized("本页", "this page")),
    ]

    /// Reads a command line. Dates for `:goto` may be `2022-04-07`, `4-7` or `4/7` (in the year
    /// of `relativeTo`), `+3`/`-2` (days from it), or `today`/`今天`.
    static func parse(_ text: String, relativeTo date: LocalDate, today: LocalDate) -> Result<Command, UserError> {
        let trimmed = text.trimmingWhitespace()
        let words = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first else { return .failure(UserError("请输入命令", "Type a command")) }
        let argument = words.dropFirst().joined(separator: " ")
        switch name {
        case "w", "write": return .success(.write)
        case "q", "quit": return .success(.quit)
        case "q!", "quit!": return .success(.forceQuit)
        case "wq", "x": return .success(.writeQuit)
        case "e", "edit", "reload": return .success(.reload(force: false))
        case "e!", "edit!", "reload!": return .success(.reload(force: true))
        case "saveas", "sav":
            // The folder is everything after the name, spaces included.
            let folder = String(trimmed.dropFirst(name.count)).trimmingWhitespace()
            guard !folder.isEmpty else { return .failure(UserError("用法：:saveas 文件夹", "Usage: :saveas DIR")) }
            return .success(.saveAs(folder: folder))
        case "help", "h": return .success(.help)
        case "goto", "go", "g":
            guard let target = DateInput.parse(argument, relativeTo: date, today: today) else {
                return .failure(UserError("看不懂的日期：\(argument)（例：2022-04-07、4-7、+1）",
                                          "Not a date: \(argument) (e.g. 2022-04-07, 4-7, +1)"))
            }
            return .success(.goto(target))
        case "rotate", "replan":
            let dates = words.dropFirst().map { DateInput.parse($0, relativeTo: date, today: today) }
            if let bad = zip(words.dropFirst(), dates).first(where: { $0.1 == nil }) {
                return .failure(UserError("看不懂的日期：\(bad.0)", "Not a date: \(bad.0)"))
            }
            guard dates.count <= 2 else { return .failure(UserError("用法：:rotate [从 [到]]", "Usage: :rotate [FROM [TO]]")) }
            let first = dates.first ?? nil
            return .success(.rotate(from: first, to: dates.count == 2 ? dates[1] : first))
        case "find", "f":
            guard !argument.isEmpty else { return .failure(UserError("用法：:find 姓名（或拼音）", "Usage: :find NAME (or pinyin)")) }
            return .success(.find(argument))
        case "settings", "set":
            return .success(.settings)
        case "print", "p":
            return .success(.print)
        case "lang":
            guard let language = Language(rawValue: argument) else {
                return .failure(UserError("语言只能是 zh 或 en", "The language is zh or en"))
            }
            return .success(.language(language))
        default:
            return .failure(UserError("未知命令：\(name)（:help 列出全部）", "Unknown command: \(name) (:help lists them)"))
        }
    }

    /// Completes the command name being typed: the one name it starts, or the longest prefix
    /// shared by the names it could start (and those names, to show).
    static func complete(_ text: String) -> (text: String, choices: [String]) {
        guard !text.contains(" ") else { return (text, []) }
        let choices = names.filter { $0.hasPrefix(text) }
        guard let first = choices.first else { return (text, []) }
        if choices.count == 1 { return (first + (["find", "goto", "lang", "rotate", "saveas"].contains(first) ? " " : ""), choices) }
        var prefix = first
        for choice in choices.dropFirst() { while !choice.hasPrefix(prefix) { prefix.removeLast() } }
        return (prefix.count > text.count ? prefix : text, choices)
    }
}
