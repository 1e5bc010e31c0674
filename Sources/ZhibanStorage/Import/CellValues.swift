import ZhibanModel

/// Reading single cells the way organizers fill them in.
enum CellValues {
    /// `是`/`否` and their many spellings; nil when the cell says something else.
    static func yesNo(_ text: String) -> Bool? {
        // The two values the files hold, compared as bytes (comparing Strings normalises them).
        if NameKey.same(text, "否") { return false }
        if NameKey.same(text, "是") { return true }
        switch text.lowercased() {
        case "是", "y", "yes", "true", "1", "√", "✓", "党员", "中共党员", "预备党员": return true
        case "否", "n", "no", "false", "0", "", "×", "群众": return false
        default: return nil
        }
    }

    /// Why `name` cannot be the name of a person or a shift, which the files list with `;`
    /// (duties' people, unavailable shifts): it holds a list separator. Nil when it is fine.
    static func separatorProblem(_ name: String, what: Localized) -> Localized? {
        // Without a byte of ; (3B), ； (EF BC 9B), 、 (E3 80 81) or the Greek question mark that
        // equals ; (CD BE), no `Character` can be one of them.
        guard name.utf8.contains(where: { $0 == 0x3B || $0 == 0x9B || $0 == 0x81 || $0 == 0xCD }),
              name.contains(where: { $0 == ";" || $0 == "；" || $0 == "、" }) else { return nil }
        return Localized("\(what.zh)“\(name)”里不能有分号或顿号（; ； 、），值班表用它们分隔多个\(what.zh)",
                         "\(what.en) “\(name)” cannot hold ; ； or 、: the roster separates lists with them")
    }

    /// A phone number as typed; nil with a reason when it cannot be one.
    static func phoneProblem(_ text: String) -> Localized? {
        guard !text.isEmpty else { return nil }
        // The usual number: 7 to 13 ASCII digits and nothing else.
        if (7...13).contains(text.utf8.count), text.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { return nil }
        if text.uppercased().contains("E+") {
            return Localized("手机号“\(text)”被 Excel 写成了科学计数法；请把该列设为“文本”后重新导出",
                             "phone “\(text)” was turned into scientific notation by Excel; set the column to Text and export again")
        }
        let allowed = Set("0123456789 -+()（）")
        if text.contains(where: { !allowed.contains($0) }) {
            return Localized("手机号“\(text)”含有字母或其他字符，只能是数字", "phone “\(text)” holds letters or other signs; digits only")
        }
        let digits = text.filter(\.isNumber)
        if digits.count < 7 || digits.count > 13 {
            return Localized("手机号“\(text)”位数不对（\(digits.count) 位）", "phone “\(text)” has a wrong number of digits (\(digits.count))")
        }
        return nil
    }

    /// What may stand between the two times of `hours`.
    private static let hoursSeparators: Set<Character> = ["-", "~", "–", "—", "～", "至"]

    /// `HH:MM-HH:MM` (also with `~`, `–`, `—` or `至`).
    static func hours(_ text: String) -> (ClockTime, ClockTime)? {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: hoursSeparators.contains)
        guard parts.count == 2, let from = ClockTime(parsing: String(parts[0])), let until = ClockTime(parsing: String(parts[1])),
              from.minutes < 1440 else { return nil }
        return (from, until)
    }
}
