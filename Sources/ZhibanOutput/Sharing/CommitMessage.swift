import ZhibanModel

/// The git commit message of a save (`[sharing] commit_on_save`): what changed, one line per
/// change, as an organizer says it — `排班：4月8日 夜班 南门 王伟→李强`. The first line is the
/// subject (with how many more changes follow). Names of people and places only: never a phone
/// number, never the value of a volunteer's field.
public enum CommitMessage {
    /// At most this many changes are listed in the body.
    public static let listedChanges = 60

    /// The message for a save that turned `old` into `new`; nil when nothing changed.
    public static func text(old: Roster, new: Roster) -> String? {
        let lines = changes(old: old, new: new)
        guard let first = lines.first else { return nil }
        let subject = lines.count == 1 ? first : "\(first) 等 \(lines.count) 处修改"
        guard lines.count > 1 else { return subject }
        var body = lines.prefix(listedChanges).joined(separator: "\n")
        if lines.count > listedChanges { body += "\n……另有 \(lines.count - listedChanges) 处" }
        return subject + "\n\n" + body
    }

    /// Every change, duties first (in slot order), then volunteers, then definitions.
    public static func changes(old: Roster, new: Roster) -> [String] {
        dutyChanges(old.duties, new.duties) + volunteerChanges(old.volunteers, new.volunteers) + definitionChanges(old, new)
    }

    private static func dutyChanges(_ old: [Duty], _ new: [Duty]) -> [String] {
        let before = Dictionary(old.map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.map { ($0.slot, $0) }, uniquingKeysWith: { first, _ in first })
        return Set(before.keys).union(after.keys).sorted().compactMap { slot in
            let was = before[slot], now = after[slot]
            let place = "排班：\(ChineseDate.monthDay(slot.date)) \(slot.shift) \(slot.checkpoint)"
            let people = peopleChange(was?.people ?? [], now?.people ?? [])
            if !people.isEmpty { return "\(place) \(people)" }
            if was?.pinned != now?.pinned || was?.pinnedPeople != now?.pinnedPeople {
                return "\(place) " + (now.map { $0.pinned || !$0.pinnedPeople.isEmpty } == true ? "锁定" : "解除锁定")
            }
            if was?.note != now?.note { return "\(place) 备注" }
            return nil
        }
    }

    /// `王伟→李强`, `+李强`, `−王伟`, joined by `，`: people replaced place by place, then added or taken off.
    static func peopleChange(_ old: [String], _ new: [String]) -> String {
        let removed = old.filter { !new.contains($0) }, added = new.filter { !old.contains($0) }
        let paired = min(removed.count, added.count)
        let parts = (0..<paired).map { "\(removed[$0])→\(added[$0])" }
            + added.dropFirst(paired).map { "+\($0)" } + removed.dropFirst(paired).map { "−\($0)" }
        return parts.joined(separator: "，")
    }

    private static func volunteerChanges(_ old: [Volunteer], _ new: [Volunteer]) -> [String] {
        let before = Dictionary(old.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(new.map(\.name))
        var lines: [String] = []
        for volunteer in new {
            guard let was = before[volunteer.name] else {
                lines.append("志愿者：新增 \(volunteer.name)")
                continue
            }
            let fields = [("手机", was.phone != volunteer.phone), ("党员", was.isPartyMember != volunteer.isPartyMember),
                          ("所属队伍", was.team != volunteer.team), ("职务", was.role != volunteer.role),
                          ("技能", was.skills != volunteer.skills), ("不能值班", was.unavailable != volunteer.unavailable), ("意愿", was.wishes != volunteer.wishes),
                          ("备注", was.note != volunteer.note)].filter(\.1).map(\.0)
            if !fields.isEmpty { lines.append("志愿者：\(volunteer.name) 改了\(fields.joined(separator: "、"))") }
        }
        lines += old.filter { !after.contains($0.name) }.map { "志愿者：删除 \($0.name)" }
        return lines
    }

    private static func definitionChanges(_ old: Roster, _ new: Roster) -> [String] {
        var lines: [String] = []
        if old.settings != new.settings { lines.append("设置：标题、时区、规则或共享设置") }
        let shift = { (shift: Shift) in (shift.name, "\(shift.start)-\(shift.end)") }
        let checkpoint = { (c: Checkpoint) in
            (c.name, "\(c.compound)|\(c.hoursText)|\(c.shifts)|\(c.peoplePerShift)|\(c.requirements)|\(c.keepers)|\(c.reserve ?? "")")
        }
        let team = { (team: Team) in (team.name, "\(team.kind)|\(team.leader ?? "")|\(team.compounds)") }
        lines += named("班次", old.shifts.map(shift), new.shifts.map(shift))
        lines += named("卡口", old.checkpoints.map(checkpoint), new.checkpoints.map(checkpoint))
        lines += named("队伍", old.teams.map(team), new.teams.map(team))
        if old.rotations != new.rotations { lines.append("轮换：已修改") }
        return lines
    }

    /// Added, changed and deleted items of one kind, by name.
    private static func named(_ kind: String, _ old: [(String, String)], _ new: [(String, String)]) -> [String] {
        let before = Dictionary(old, uniquingKeysWith: { first, _ in first })
        let after = Set(new.map(\.0))
        return new.compactMap { name, value in
            guard let was = before[name] else { return "\(kind)：新增 \(name)" }
            return was == value ? nil : "\(kind)：修改 \(name)"
        } + old.filter { !after.contains($0.0) }.map { "\(kind)：删除 \($0.0)" }
    }
}
