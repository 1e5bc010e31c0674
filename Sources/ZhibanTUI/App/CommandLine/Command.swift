import ZhibanModel

/// A command typed on the `:` line, as one row of `Command.table`: its name and other spellings,
/// its arguments, its help in both languages, and what it does. Parsing, Tab completion and the
/// help page are all read from the table, so a command is added (or renamed) in one place.
struct Command: Sendable {
    /// What a command was given: the words after its name, and whether it was typed with `!`.
    struct Input: Sendable {
        /// The words after the name.
        var words: [String]
        /// Everything after the name, trimmed, inner spaces kept (a folder name may have them).
        var rest: String
        /// Typed as `name!` (`:q!`, `:e!`).
        var forced: Bool
        /// The words joined by single spaces.
        var argument: String { words.joined(separator: " ") }
    }

    /// The name completion offers and the help shows.
    var name: String
    /// Other spellings that run the same command; the help lists them under "Other spellings".
    var aliases: [String] = []
    /// Whether `name!` is a stronger form (shown in the help as `:q  :q!`).
    var forcible = false
    /// The arguments as the help writes them (`DATE`), or nil when the command takes none.
    var arguments: Localized?
    /// What the command does, for the help page.
    var help: Localized
    /// Runs the command on the state, or says why its arguments are wrong (the state is then unchanged).
    var run: @Sendable (inout AppState, Input) -> Result<[Effect], UserError>

    /// How the help writes the command: `:goto 日期`, `:q  :q!`.
    var usage: Localized {
        let plain = { (arguments: String?) in ":" + name + (arguments.map { " " + $0 } ?? "") + (forcible ? "  :\(name)!" : "") }
        return Localized(plain(arguments?.zh), plain(arguments?.en))
    }

    /// The command a typed name stands for, with whether it was forced; nil for an unknown name.
    static func named(_ typed: String) -> (command: Command, forced: Bool)? {
        let forced = typed.count > 1 && typed.hasSuffix("!")
        let base = forced ? String(typed.dropLast()) : typed
        guard let command = table.first(where: { $0.name == base || $0.aliases.contains(base) }),
              !forced || command.forcible else { return nil }
        return (command, forced)
    }

    /// Reads a command line into the command to run and what it was given.
    static func parse(_ text: String) -> Result<(command: Command, input: Input), UserError> {
        let trimmed = text.trimmingWhitespace()
        let words = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let name = words.first else { return .failure(UserError("请输入命令", "Type a command")) }
        guard let (command, forced) = named(name) else {
            return .failure(UserError("未知命令：\(name)（:help 列出全部）", "Unknown command: \(name) (:help lists them)"))
        }
        let rest = String(trimmed.dropFirst(name.count)).trimmingWhitespace()
        return .success((command, Input(words: Array(words.dropFirst()), rest: rest, forced: forced)))
    }

    /// The names completion offers, in the table's order: each name, and its `!` form.
    static var completionNames: [String] {
        table.flatMap { [$0.name] + ($0.forcible ? [$0.name + "!"] : []) }
    }

    /// Completes the command name being typed: the one name it starts (with a space when the
    /// command takes arguments), or the longest prefix shared by the names it could start (and
    /// those names, to show).
    static func complete(_ text: String) -> (text: String, choices: [String]) {
        guard !text.contains(" ") else { return (text, []) }
        let choices = completionNames.filter { $0.hasPrefix(text) }
        guard let first = choices.first else { return (text, []) }
        if choices.count == 1 { return (first + (named(first)?.command.arguments == nil ? "" : " "), choices) }
        var prefix = first
        for choice in choices.dropFirst() { while !choice.hasPrefix(prefix) { prefix.removeLast() } }
        return (prefix.count > text.count ? prefix : text, choices)
    }

    /// The help page's part for the commands: one line per command, then the other spellings.
    static func helpLines(_ language: Language) -> [(keys: String, help: String)] {
        let commands = table.map { ($0.usage(language), $0.help(language)) }
        let spellings = table.filter { !$0.aliases.isEmpty }.map { command in
            (command.aliases.map { ":" + $0 }.joined(separator: "  "), Localized("同 :\(command.name)", "same as :\(command.name)")(language))
        }
        return [("", Localized("命令（先按 :）", "Commands (type : first)")(language))] + commands
            + [("", ""), ("", Localized("其他写法", "Other spellings")(language))] + spellings
    }
}
