import ZhibanModel

/// The single source of what each key does where: the reducer's input, the footer and the `?`
/// help are all read from here, so they can never disagree.
public enum KeyMap {
    /// The action a key triggers in a context, if any. In contexts that take text, an unbound
    /// printable character is typed; a resize is always reported.
    public static func action(for key: Key, in context: KeyContext) -> Action? {
        if case .resize(let width, let height) = key { return .resize(width: width, height: height) }
        if case .paste(let text) = key { return .paste(text) }
        if let binding = bindings(for: context).first(where: { $0.keys.contains(key) }) { return binding.action }
        if context.takesText, case .character(let character) = key { return .text(.insert(String(character))) }
        return nil
    }

    /// Every binding of a context, in the order the help lists them.
    public static func bindings(for context: KeyContext) -> [KeyBinding] {
        switch context {
        case .view(let view): return bindings(for: view)
        case .commandLine: return textEditing + [bind(.tab, .complete, "补全命令", "complete the command", footer: true)] + answerText
        case .textPrompt: return textEditing + answerText
        case .pickList: return listMoving + textEditing + answerText
        case .form:
            return [
                bind([.tab, .down], .nextField, "下一项", "next field", footer: true),
                bind([.backTab, .up], .previousField, "上一项", "previous field"),
                bind(.enter, .submit, "保存", "save", footer: true),
                bind(.escape, .cancel, "取消", "cancel", footer: true),
                bind(.control("u"), .text(.clear), "清空本项", "clear the field", footer: true),
            ] + textEditing.filter { $0.action != .text(.clear) }
        case .confirm(let answers):
            return answers.map(binding(for:))
        case .help:
            return scrolling + [bind([.escape, .character("q"), .character("?")], .cancel, "关闭帮助", "close the help", footer: true)]
        case .printPreview:
            return scrolling + [
                bind(.character("w"), .writeToFile, "写入文件", "write to a file", footer: true),
                bind(.character("l"), .sendToPrinter, "送打印机 (lp)", "send to the printer (lp)", footer: true),
                bind(.character("t"), .togglePhones, "印/不印电话", "phones on/off", footer: true),
                bind([.escape, .character("q")], .cancel, "关闭", "close", footer: true),
            ]
        case .replanPreview:
            return scrolling + [
                bind(.enter, .submit, "执行这些改动", "apply these changes", footer: true),
                bind([.escape, .character("q")], .cancel, "放弃", "discard", footer: true),
            ]
        case .tooSmall:
            return [
                bind(.character("q"), .quit, "退出", "quit", footer: true),
                bind(.control("c"), .quit, "退出", "quit"),
            ]
        }
    }

    /// Bindings of a view in normal mode.
    private static func bindings(for view: ViewKind) -> [KeyBinding] {
        switch view {
        case .day:
            return moving + [
                bind(.character("["), .previousDay, "前一天", "previous day", footer: true),
                bind(.character("]"), .nextDay, "后一天", "next day", footer: true),
                bind(.character("t"), .today, "今天", "today"),
                bind([.enter, .character("a")], .assign, "排人", "assign", footer: true),
                bind([.character("x"), .delete], .unassign, "撤下", "unassign", footer: true),
                bind(.character("s"), .swapOrMove, "交换/移动（先标记）", "swap/move (mark first)", footer: true),
                bind(.escape, .cancel, "取消标记", "clear the mark"),
                bind(.character("P"), .togglePin, "固定/取消固定", "pin/unpin"),
                bind(.character("b"), .sickCall, "不能值班（病假、隔离）：撤下并预览替班", "cannot serve (sick, quarantine): stand-ins previewed"),
                bind(.character("r"), .replan, "重新排班（先预览）", "re-plan (with preview)"),
                bind(.character("/"), .openSearch, "查找", "search"),
            ] + searching + panes(of: view) + global + served
        case .period:
            return moving + [
                bind(.character("["), .previousDay, "前一天", "previous day"),
                bind(.character("]"), .nextDay, "后一天", "next day"),
                bind(.character("t"), .today, "今天", "today"),
                bind(.enter, .openDay, "打开这一天", "open the day", footer: true),
                bind(.character("v"), .togglePeriodRows, "按卡口/按人", "by post / by person", footer: true),
                bind(.character("d"), .switchPeriodSpan, "整月/7/14/31 天（从光标日起）", "month / 7 / 14 / 31 days (from the cursor)"),
                bind(.character("r"), .replan, "重新排班（从今天起，先预览）", "re-plan from today (with preview)"),
            ] + panes(of: view) + global
        case .people, .teams, .checkpoints:
            return moving + panes(of: view) + [
                bind(.character("a"), .add, "新增", "add", footer: true),
                bind([.enter, .character("e")], .edit, "编辑", "edit", footer: true),
                bind([.character("d"), .delete], .delete, "删除", "delete", footer: true),
                bind(.character("f"), .openFilter, "筛选", "filter", footer: true),
                bind(.character("o"), .sortNext, "换排序列", "sort by the next column"),
                bind(.character("O"), .sortReverse, "倒序", "reverse the sort"),
                bind(.character("/"), .openSearch, "查找", "search"),
            ] + searching + global
        case .problems:
            return moving + [bind(.enter, .openDay, "到日报上查看", "show it on the day board", footer: true)] + panes(of: view) + global
        case .stats:
            return moving + panes(of: view) + global
        }
    }

    /// Tab and Shift-Tab: the other pane in views with two, else the next and previous view.
    private static func panes(of view: ViewKind) -> [KeyBinding] {
        switch view {
        case .checkpoints:
            return [bind(.tab, .nextPane, "卡口/班次/轮换", "posts / shifts / rotations", footer: true),
                    bind(.backTab, .previousPane, "卡口/班次/轮换", "posts / shifts / rotations")]
        case .stats:
            return [bind(.tab, .nextPane, "按人/按队伍", "people / teams", footer: true),
                    bind(.backTab, .previousPane, "按人/按队伍", "people / teams")]
        case .day, .period, .people, .teams, .problems:
            return [bind(.tab, .nextPane, "下一视图", "next view"), bind(.backTab, .previousPane, "上一视图", "previous view")]
        }
    }

    private static let moving: [KeyBinding] = [
        bind([.up, .character("k")], .moveUp, "上移", "up"),
        bind([.down, .character("j")], .moveDown, "下移", "down"),
        bind([.left, .character("h")], .moveLeft, "左移", "left"),
        bind([.right, .character("l")], .moveRight, "右移", "right"),
        bind([.pageUp, .control("b")], .pageUp, "上一页", "page up"),
        bind([.pageDown, .control("f")], .pageDown, "下一页", "page down"),
        bind([.character("g"), .home], .first, "到顶", "to the top"),
        bind([.character("G"), .end], .last, "到底", "to the bottom"),
    ]

    private static let scrolling: [KeyBinding] = [
        bind([.up, .character("k")], .moveUp, "上滚", "scroll up"),
        bind([.down, .character("j")], .moveDown, "下滚", "scroll down"),
        bind([.pageUp, .control("b")], .pageUp, "上一页", "page up"),
        bind([.pageDown, .control("f"), .character(" ")], .pageDown, "下一页", "page down"),
        bind([.character("g"), .home], .first, "到顶", "to the top"),
        bind([.character("G"), .end], .last, "到底", "to the bottom"),
    ]

    /// The day board's keys for what actually happened (today or a past day; the footer shows
    /// them only there).
    private static let served: [KeyBinding] = [
        KeyBinding([.character("S")], .record(.served), Localized("到岗 ✓", "served ✓"), footer: true, footerHelp: Localized("到岗", "served")),
        KeyBinding([.character("A")], .record(.absent), Localized("缺岗 ✗（写原因）", "absent ✗ (a reason)"), footer: true,
                   footerHelp: Localized("缺岗", "absent")),
        KeyBinding([.character("R")], .record(.replaced), Localized("替班（选人、写原因）", "replaced (who, why)"), footer: true,
                   footerHelp: Localized("替班", "replaced")),
        bind(.character("T"), .record(.times), "迟到/早退：实际到岗、离岗时间", "late or early: the times they came and left"),
        bind(.character("E"), .record(.extra), "加班：计划外顶班的人", "extra: someone who stood unplanned"),
        bind(.character("H"), .record(.note), "交接班记录（留给下一班）", "handover note (for the next shift)"),
        KeyBinding([.character("C")], .record(.closeDay), Localized("确认当天（没记的按到岗）", "close the day (unrecorded: served)"), footer: true,
                   footerHelp: Localized("确认当天", "close day")),
    ]

    private static let searching: [KeyBinding] = [
        bind(.character("n"), .searchNext, "下一个", "next match"),
        bind(.character("N"), .searchPrevious, "上一个", "previous match"),
    ]

    private static let global: [KeyBinding] = ViewKind.allCases.map {
        bind($0.key, .show($0), "视图：" + $0.title.zh, "view: " + $0.title.en)
    } + [
        bind(.character("u"), .undo, "撤销", "undo", footer: true),
        bind(.control("r"), .redo, "重做", "redo"),
        bind(.control("s"), .save, "保存", "save", footer: true),
        bind(.character("p"), .printPreview, "打印预览", "print preview"),
        bind(.character(":"), .openCommandLine, "命令", "command", footer: true),
        bind(.character("?"), .openHelp, "帮助", "help", footer: true),
        bind(.character("q"), .quit, "退出", "quit", footer: true),
        bind(.control("c"), .quit, "退出", "quit"),
        bind(.control("z"), .suspend, "挂起到后台", "suspend"),
        bind(.control("l"), .redraw, "重画屏幕", "redraw the screen"),
    ]

    private static let listMoving: [KeyBinding] = [
        bind(.down, .nextField, "下一个", "next", footer: true),
        bind(.up, .previousField, "上一个", "previous"),
        bind(.pageDown, .pageDown, "下一页", "page down"),
        bind(.pageUp, .pageUp, "上一页", "page up"),
    ]

    /// The keys that give an answer to a question.
    private static func binding(for answer: Answer) -> KeyBinding {
        switch answer {
        case .yes: return bind([.character("y"), .character("Y")], .answer(.yes), "是", "yes", footer: true)
        case .no: return bind([.character("n"), .character("N"), .escape], .answer(.no), "否", "no", footer: true)
        case .saveFirst: return bind([.character("s"), .character("S")], .answer(.saveFirst), "先保存", "save first", footer: true)
        case .saveAs: return bind([.character("a"), .character("A")], .answer(.saveAs), "另存为…", "save as…", footer: true)
        case .reload:
            return bind([.character("r"), .character("R")], .answer(.reload), "读取磁盘上的版本", "load the version on disk", footer: true)
        }
    }

    private static let answerText: [KeyBinding] = [
        bind(.enter, .submit, "确定", "OK", footer: true),
        bind(.escape, .cancel, "取消", "cancel", footer: true),
    ]

    private static let textEditing: [KeyBinding] = [
        bind(.backspace, .text(.deleteBackward), "删除前一个字", "delete the character before"),
        bind([.delete, .control("d")], .text(.deleteForward), "删除后一个字", "delete the character after"),
        bind(.left, .text(.left), "光标左移", "cursor left"),
        bind(.right, .text(.right), "光标右移", "cursor right"),
        bind([.home, .control("a")], .text(.home), "到行首", "to the start"),
        bind([.end, .control("e")], .text(.end), "到行尾", "to the end"),
        bind(.control("u"), .text(.clear), "清空", "clear"),
    ]

    private static func bind(_ key: Key, _ action: Action, _ zh: String, _ en: String, footer: Bool = false) -> KeyBinding {
        KeyBinding([key], action, Localized(zh, en), footer: footer)
    }

    private static func bind(_ keys: [Key], _ action: Action, _ zh: String, _ en: String, footer: Bool = false) -> KeyBinding {
        KeyBinding(keys, action, Localized(zh, en), footer: footer)
    }
}
