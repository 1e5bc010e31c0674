import ZhibanModel

/// Reads the keys of one TOML table, collecting a `file:line:` problem for every missing,
/// mistyped or unknown key instead of stopping at the first.
struct TOMLTableReader {
    let table: TOMLTable
    /// The table's name in messages (`shift` for `[[shift]]`; "" for the top level).
    let name: String
    let file: String
    private(set) var problems: [Diagnostic] = []
    private var used: [String] = []  // a handful: looked through faster than hashed

    init(table: TOMLTable, name: String, file: String) {
        self.table = table
        self.name = name
        self.file = file
    }

    /// The location of a key (or of the table itself, when it has no such key).
    func location(_ key: String? = nil) -> SourceLocation {
        SourceLocation(file: file, line: key.flatMap { table[$0]?.line } ?? table.line)
    }

    /// Records a problem at a key.
    mutating func problem(_ key: String?, _ text: Localized) {
        problems.append(Diagnostic(text, at: location(key)))
    }

    /// The raw value of a key, marking it as known; a problem when required and missing.
    private mutating func value(_ key: String, required: Bool) -> TOMLValue? {
        used.append(key)
        let value = table[key]
        if value == nil && required { problem(nil, Localized("[\(name)] 缺少 \(key)", "[\(name)] lacks \(key)")) }
        return value
    }

    /// A string; a problem when required and missing, or when not a string.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard let text = value.string else {
            problem(key, Localized("\(key) 应是带引号的文字", "\(key) should be quoted text"))
            return nil
        }
        return text
    }

    /// The `name` key of a shift, checkpoint or team (`what` says which, as in 班次名). A name
    /// with white space at either end is a problem at its own line: everywhere else names are
    /// trimmed (CSV cells, forms), so `"白班 "` would otherwise match nothing and be reported as
    /// an unknown shift at every checkpoint that uses it.
    mutating func name(_ what: Localized) -> String? {
        guard let name = string("name", required: true) else { return nil }
        let trimmed = name.trimmingWhitespace()
        if trimmed != name {
            let place = trimmed.isEmpty ? Localized("只有空格", "is only spaces")
                : name.hasPrefix(trimmed) ? Localized("末尾有空格", "ends in spaces") : Localized("开头有空格", "starts with spaces")
            problem("name", Localized("\(what.zh)“\(name)”\(place.zh)：别处写的“\(trimmed)”对不上它，请删掉空格",
                                      "\(what.en) “\(name)” \(place.en): “\(trimmed)” written elsewhere will not match it; delete the spaces"))
        }
        return name
    }

    /// An array of strings (a single string is taken as a list of one).
    mutating func strings(_ key: String, required: Bool = false) -> [String] {
        guard let value = value(key, required: required) else { return [] }
        if let text = value.string { return [text] }
        guard let array = value.array else {
            problem(key, Localized("\(key) 应是文字列表，如 [\"白班\", \"夜班\"]", "\(key) should be a list of texts, such as [\"白班\", \"夜班\"]"))
            return []
        }
        var result: [String] = []
        for element in array {
            guard let text = element.string else {
                problem(key, Localized("\(key) 的每一项都应是带引号的文字", "every item of \(key) should be quoted text"))
                return []
            }
            result.append(text)
        }
        return result
    }

    /// An integer.
    mutating func int(_ key: String, required: Bool = false) -> Int? {
        guard let value = value(key, required: required) else { return nil }
        guard let number = value.integer else {
            problem(key, Localized("\(key) 应是整数", "\(key) should be a whole number"))
            return nil
        }
        return number
    }

    /// A true or false.
    mutating func bool(_ key: String) -> Bool? {
        guard let value = value(key, required: false) else { return nil }
        guard let flag = value.boolean else {
            problem(key, Localized("\(key) 应是 true 或 false", "\(key) should be true or false"))
            return nil
        }
        return flag
    }

    /// Marks a key as known without reading it (a sub-table read by someone else).
    mutating func markUsed(_ key: String) { used.append(key) }

    /// A problem for every key in the table that the reader never asked for (a typo, usually).
    mutating func rejectUnknownKeys() {
        for key in table.keys.sorted() where !used.contains(key) {
            problem(key, Localized("未知的键 \(key)（拼写错误？）", "unknown key \(key) (a typo?)"))
        }
    }
}
