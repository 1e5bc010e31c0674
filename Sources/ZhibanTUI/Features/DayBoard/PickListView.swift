import ZhibanModel
import ZhibanPlanning

/// The pick list, drawn over the view: what is being filled, the filter being typed, the
/// matching people with their team, role and skills, and below them the chosen one's phone and
/// every rule they would break there, in full.
enum PickListView {
    /// The candidates: under the title, the filter and the count, above the chosen one's detail.
    static func scrollArea(in body: Rect) -> Rect {
        Rect(x: body.x + 1, y: body.y + 3, width: body.width - 2, height: max(0, body.height - 3 - DetailLines.height))
    }

    static func render(_ list: PickList, state: AppState, into screen: inout Screen, at body: Rect) {
        screen.fill(body, style: CellStyle(.normal))
        let rect = Rect(x: body.x + 1, y: body.y, width: body.width - 2, height: body.height)
        let language = state.language
        let placeText = Localized("第\(list.place + 1)位", "place \(list.place + 1)")(language)
        let title = list.purpose.title(language)
            + "\(DateText.long(list.slot.date, language)) \(list.slot.shift) \(list.slot.checkpoint)" + (list.purpose == .place ? " \(placeText)" : "")
        screen.write(title, in: rect.row(0), style: CellStyle(.header, bold: true))
        let hint = Localized("输入姓名、拼音（wzl / wang）、队伍或技能筛选", "Type a name, pinyin (wzl / wang), team or skill")(language)
        let prompt = "> "
        screen.write(prompt, x: rect.x, y: rect.y + 1, style: CellStyle(.normal, bold: true))
        if list.filter.isEmpty {
            screen.write(hint, x: rect.x + 2, y: rect.y + 1, style: CellStyle(.muted), maxWidth: rect.width - 2)
        }
        let shown = list.filter.visible(in: rect.width - 3)
        screen.write(shown.text, x: rect.x + 2, y: rect.y + 1)
        screen.cursor = Position(x: rect.x + 2 + shown.cursorColumn, y: rect.y + 1)
        let count = Localized("\(list.candidates.count) 人", "\(list.candidates.count) people")(language)
        screen.write(count, in: rect.row(2), style: CellStyle(.muted))

        let checkpoint = state.roster.checkpoint(named: list.slot.checkpoint)
        let check = CandidateCheck(roster: list.checkedAgainst, slot: list.slot)
        let rows = scrollArea(in: body)
        for offset in 0..<rows.height {
            let index = list.scroll + offset
            guard list.candidates.indices.contains(index) else { break }
            let volunteer = state.roster.volunteers[list.candidates[index]]
            let selected = index == list.selection
            let y = rows.y + offset
            let style = CellStyle(selected ? .cursor : .normal, reverse: selected)
            screen.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
            let used = screen.write(row(volunteer, checkpoint: checkpoint, language: language), x: rect.x, y: y, style: style,
                                    maxWidth: rect.width)
            let problems = check.problems(placing: volunteer)
            if !problems.isEmpty {
                let text = problems.map { $0(language) }.joined(separator: Localized("；", "; ")(language))
                screen.write(Marks.problem + text, x: rect.x + used + 1, y: y,
                             style: CellStyle(selected ? .cursor : .problem, bold: true, reverse: selected), maxWidth: rect.maxX - rect.x - used - 1)
            }
        }
        if list.candidates.indices.contains(list.selection) {
            let volunteer = state.roster.volunteers[list.candidates[list.selection]]
            let problems = check.problems(placing: volunteer)
            let text = PersonDetail.text(volunteer, problems: problems.map { $0(language) }, language: language)
            DetailLines.render(text, style: CellStyle(problems.isEmpty ? .normal : .problem), into: &screen, at: rect)
        }
    }

    /// One candidate: name with marks, where they stand towards the checkpoint, team, role, skills.
    private static func row(_ volunteer: Volunteer, checkpoint: Checkpoint?, language: Language) -> String {
        var name = volunteer.name
        if volunteer.isPartyMember { name += Marks.party }
        if volunteer.isLeader { name += Marks.leader }
        let standing: Localized
        if checkpoint?.keepers.contains(volunteer.team) == true {
            standing = Localized("值守", "keeper")
        } else if checkpoint?.reserve == volunteer.team, !volunteer.team.isEmpty {
            standing = Localized("后备", "reserve")
        } else {
            standing = Localized("其他", "other")
        }
        return " " + name.padded(toColumns: 10) + " " + standing(language).padded(toColumns: 6) + " "
            + volunteer.team.padded(toColumns: 16) + " " + volunteer.role.padded(toColumns: 8) + " "
            + volunteer.skills.joined(separator: ";").padded(toColumns: 10)
    }
}
