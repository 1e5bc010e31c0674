import ZhibanModel

/// Checks shared by the forms, with messages in both languages. They mirror what the roster
/// files accept, so a form never makes a roster that cannot be saved and read back.
enum FormRules {
    /// A required name: not empty, no list separators, unique among `existing` (except `editing`).
    static func name(_ name: String, existing: [String], editing: String?, what: Localized) -> Localized? {
        if name.isEmpty { return Localized("请填写\(what.zh)", "The \(what.en) is required") }
        if name.contains(where: { $0 == ";" || $0 == "；" || $0 == "、" }) {
            return Localized("名称里不能有分号或顿号（; ； 、）", "No ; or 、 in a name: they separate lists")
        }
        if name != editing, existing.contains(name) { return Localized("已经有叫“\(name)”的了", "“\(name)” already exists") }
        return nil
    }

    /// A phone number: empty, or 7 to 13 digits with spaces, dashes, a plus or brackets.
    static func phone(_ text: String) -> Localized? {
        guard !text.isEmpty else { return nil }
        let allowed = Set("0123456789 -+()（）")
        if text.contains(where: { !allowed.contains($0) }) {
            return Localized("手机号只能有数字", "A phone number holds digits only")
        }
        let digits = text.filter(\.isNumber).count
        if digits < 7 || digits > 13 { return Localized("手机号位数不对（\(digits) 位）", "Wrong number of digits (\(digits))") }
        return nil
    }

    /// Yes or no: 是/否, y/n, yes/no, 1/0.
    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "是", "y", "yes", "1", "true", "党员": return true
        case "否", "n", "no", "0", "false", "": return false
        default: return nil
        }
    }

    /// The names in a list that are not among `known`.
    static func unknown(_ names: [String], known: [String]) -> [String] {
        names.filter { !known.contains($0) }
    }

    /// A whole number of at least `minimum`.
    static func count(_ text: String, minimum: Int) -> Int? {
        guard let value = Int(text), value >= minimum else { return nil }
        return value
    }
}
