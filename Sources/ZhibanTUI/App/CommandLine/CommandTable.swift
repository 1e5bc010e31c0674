import ZhibanModel

extension Command {
    /// Every `:` command, in the order the help lists them and completion offers them.
    static let table: [Command] = [
        Command(name: "w", aliases: ["write"], help: Localized("保存", "save")) { state, _ in .success(state.save()) },
        Command(name: "q", aliases: ["quit"], forcible: true,
                help: Localized("退出（有未保存的修改时先问）；不保存直接退出", "quit (asking when there is unsaved work); quit without saving")) { state, input in
            .success(input.forced ? [.quit] : state.quit())
        },
        Command(name: "wq", aliases: ["x"], help: Localized("保存后退出", "save, then quit")) { state, _ in .success(state.saveThenQuit()) },
        Command(name: "e", aliases: ["edit", "reload"], forcible: true,
                help: Localized("重新读取磁盘上的文件（有未保存的修改时先问）；不问直接读取",
                                "reload the files from disk (asking if there is unsaved work); without asking")) { state, input in
            .success(state.reload(force: input.forced))
        },
        Command(name: "saveas", aliases: ["sav"], arguments: Localized("文件夹", "DIR"),
                help: Localized("把当前的值班表另存为新文件夹（原来的不变）", "save the roster as a new folder (the open one stays as it is)")) { state, input in
            // The folder is everything after the name, spaces included.
            guard !input.rest.isEmpty else { return .failure(UserError("用法：:saveas 文件夹", "Usage: :saveas DIR")) }
            return .success(state.saveCopy(to: input.rest))
        },
        Command(name: "goto", aliases: ["go", "g"], arguments: Localized("日期", "DATE"),
                help: Localized("跳到某天：2022-04-07、4-7、+1、today", "show a date: 2022-04-07, 4-7, +1, today")) { state, input in
            guard let target = DateInput.parse(input.argument, relativeTo: state.date, today: state.today) else {
                return .failure(UserError("看不懂的日期：\(input.argument)（例：2022-04-07、4-7、+1）",
                                          "Not a date: \(input.argument) (e.g. 2022-04-07, 4-7, +1)"))
            }
            state.view = .day
            state.showDate(target)
            return .success([])
        },
        Command(name: "rotate", aliases: ["replan"], arguments: Localized("[从 [到]]", "[FROM [TO]]"),
                help: Localized("重新排班（先预览）", "re-plan a range (with a preview)")) { state, input in
            let dates = input.words.map { DateInput.parse($0, relativeTo: state.date, today: state.today) }
            if let bad = zip(input.words, dates).first(where: { $0.1 == nil }) {
                return .failure(UserError("看不懂的日期：\(bad.0)", "Not a date: \(bad.0)"))
            }
            guard dates.count <= 2 else { return .failure(UserError("用法：:rotate [从 [到]]", "Usage: :rotate [FROM [TO]]")) }
            let first = dates.first ?? nil
            state.rotate(from: first, to: dates.count == 2 ? dates[1] : first)
            return .success([])
        },
        Command(name: "close", help: Localized("确认当天（显示的日期）：没有记录的班按到岗计，先问",
                                              "close the day shown: duties with nothing recorded count as served (asks)")) { state, _ in
            .success(state.startRecording(.closeDay))
        },
        Command(name: "find", aliases: ["f"], arguments: Localized("姓名", "NAME"),
                help: Localized("此人从今天起的值班（跨日期；n 下一个）", "their duties from today on, across dates (n: next)")) { state, input in
            guard !input.argument.isEmpty else { return .failure(UserError("用法：:find 姓名（或拼音）", "Usage: :find NAME (or pinyin)")) }
            state.findDuties(of: input.argument)
            return .success([])
        },
        Command(name: "settings", aliases: ["set"],
                help: Localized("修改标题、时区和规则（休息、每天时长）", "edit the title, time zone and rules (rest, hours a day)")) { state, _ in
            if state.refuseIfReadOnly() { state.openForm(Form(SettingsForm(state.roster.settings))) }
            return .success([])
        },
        Command(name: "print", aliases: ["p"], help: Localized("打印预览", "print preview")) { state, _ in
            state.openPrintPreview()
            return .success([])
        },
        Command(name: "lang", arguments: Localized("zh|en", "zh|en"), help: Localized("切换界面语言", "switch the interface's language")) { state, input in
            guard let language = Language(rawValue: input.argument) else {
                return .failure(UserError("语言只能是 zh 或 en", "The language is zh or en"))
            }
            state.language = language
            return .success([])
        },
        Command(name: "help", aliases: ["h"], help: Localized("本页", "this page")) { state, _ in
            state.mode = .help(scroll: 0)
            return .success([])
        },
    ]
}
