import ZhibanModel

/// What the empty day board says: how to build a roster from nothing, in an order where each
/// step has what it needs (a post needs its shifts and the team that keeps it), each step
/// marked done or next.
enum FirstSteps {
    /// The lines to show, the first step still to do marked as next.
    static func lines(_ roster: Roster, _ language: Language) -> [(text: String, isNext: Bool)] {
        let steps: [(done: Bool, what: Localized, how: Localized)] = [
            (!roster.settings.title.isEmpty, Localized("标题和规则", "Title and rules"),
             Localized(":settings（标题、时区、休息和每天时长）", ":settings (title, time zone, rest, hours a day)")),
            (!roster.shifts.isEmpty, Localized("班次", "Shifts"), Localized("5 卡口页，Tab 到班次，a 新增（白班 08:00-20:00…）", "5 posts, Tab to shifts, a adds one")),
            (!roster.teams.isEmpty, Localized("队伍", "Teams"), Localized("4 队伍页，a 新增", "4 teams, a adds one")),
            (!roster.volunteers.isEmpty, Localized("志愿者", "Volunteers"),
             Localized("3 人员页，a 新增（职务写组长/队长即任组长）；或 zhiban import 导入表格", "3 people, a adds one (role 组长/队长 leads the team); or zhiban import")),
            (!roster.checkpoints.isEmpty, Localized("卡口", "Posts"), Localized("5 卡口页，a 新增（选班次和值守队伍）", "5 posts, a adds one (its shifts and keeping teams)")),
        ]
        let next = steps.firstIndex { !$0.done }
        var lines = [(Localized("从零开始建值班表，按这个顺序：", "Building a roster from nothing, in this order:")(language), false), ("", false)]
        for (index, step) in steps.enumerated() {
            let mark = step.done ? "[x]" : (index == next ? "[>]" : "[ ]")
            lines.append(("\(mark) \(index + 1). \(step.what(language))  —  \(step.how(language))", index == next))
        }
        lines += [("", false), (Localized("然后在日报上按 r 排班（先预览）", "Then r on the day board plans it (with a preview)")(language), false)]
        return lines
    }
}
