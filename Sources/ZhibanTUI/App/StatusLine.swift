import ZhibanModel

/// The line above the footer: the prompt being typed, the question being asked, the last
/// message, or else on the day board the person under the cursor (phone, team, rules broken)
/// or, on an empty place, the legend of the board's symbols (also on the `?` page).
enum StatusLine {
    static func render(_ state: AppState, into screen: inout Screen, at rect: Rect) {
        switch state.mode {
        case .commandLine(let field): prompt(":", field, into: &screen, at: rect)
        case .search(let field): prompt("/", field, into: &screen, at: rect)
        case .filter(let field): prompt(Localized("筛选：", "Filter: ")(state.language), field, into: &screen, at: rect)
        case .confirm(let question):
            screen.write(question.text(state.language), in: rect, style: CellStyle(.error, bold: true))
        case .form(let form) where form.isAskingToDiscard:
            screen.write(Form.discardQuestion(state.language), in: rect, style: CellStyle(.error, bold: true))
        default:
            if let message = state.message {
                let role: StyleRole
                switch message.kind {
                case .info: role = .normal
                case .success: role = .good
                case .error: role = .error
                }
                screen.write(message.text, in: rect, style: CellStyle(role, bold: message.kind == .error))
            } else if state.view == .day, case .normal = state.mode, let detail = detailLine(state) {
                screen.write(" " + detail.text, in: rect, style: CellStyle(detail.broken ? .problem : .normal))
            } else if state.view == .day, showsLegend(state.mode) {
                screen.write(legend(state.language), in: rect, style: CellStyle(.muted))
            }
        }
    }

    /// The day board's detail line for the place under the cursor: who stands there, their phone
    /// and team, and every rule broken there (theirs, then the shift's own, like a missing party
    /// member), in full: the board has room only for a `!`. Nil for an empty place (the legend
    /// shows then).
    private static func detailLine(_ state: AppState) -> (text: String, broken: Bool)? {
        let language = state.language
        guard let cell = state.dayBoard.cell(at: state.day.cursor), let place = cell.places[safe: state.day.cursor.place],
              let person = place.person else { return nil }
        let problems = place.problems + cell.problems
        guard let volunteer = place.volunteer else {
            return (person + "  " + Localized("名单里没有这个人", "not on the volunteer list")(language), true)
        }
        return (PersonDetail.text(volunteer, problems: problems, language: language), !problems.isEmpty)
    }

    /// The legend is shown while the board (or the pick list over it) is in view.
    private static func showsLegend(_ mode: Mode) -> Bool {
        switch mode {
        case .normal, .pickList: return true
        default: return false
        }
    }

    /// The day board's symbols and what they mean.
    static func legend(_ language: Language) -> String {
        let entries: [(String, Localized)] = [
            (Marks.party, Localized("党员", "party member")),
            (Marks.leader, Localized("组长", "leader")),
            (Marks.reserve, Localized("后备", "reserve")),
            (Marks.problem, Localized("违规", "rule broken")),
            (BoardPlace.emptyLabel, Localized("空位", "empty")),
            (Marks.pinned, Localized("固定", "pinned")),
            (Marks.marked, Localized("已标记", "marked")),
        ]
        return " " + entries.map { $0.0 + " " + $0.1(language) }.joined(separator: "  ")
    }

    private static func prompt(_ sign: String, _ field: TextField, into screen: inout Screen, at rect: Rect) {
        let signWidth = screen.write(sign, x: rect.x, y: rect.y, style: CellStyle(.normal, bold: true))
        let shown = field.visible(in: rect.width - signWidth - 1)
        screen.write(shown.text, x: rect.x + signWidth, y: rect.y)
        screen.cursor = Position(x: rect.x + signWidth + shown.cursorColumn, y: rect.y)
    }
}
