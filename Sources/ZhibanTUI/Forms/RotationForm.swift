import ZhibanModel

/// The form for a rotation pattern (roster.toml's `[[rotation]]`): how the turn is taken, the
/// post, the teams or compounds in turn order, how often the turn moves on, from when, and
/// any offset. Checked as the roster's validator checks the file.
enum RotationForm {
    /// The fields, filled from `rotation` when editing.
    static func fields(for rotation: RotationPattern?) -> [FormField] {
        [
            FormField(Localized("方式", "Kind"), rotation.map { kindText($0.kind).zh } ?? "队伍",
                      hint: Localized("队伍（各队轮流）、队员（一队人轮流）、小区（按小区轮流）", "队伍 teams, 队员 members, 小区 places")),
            FormField(Localized("卡口", "Post"), rotation?.checkpoint ?? "", hint: Localized("空着：这些队伍值守的全部卡口", "empty: every post the teams keep")),
            FormField(Localized("队伍", "Teams"), rotation?.teams.joined(separator: ";") ?? "", hint: Localized("按轮流顺序，用 ; 分隔", "in turn order, separated by ;")),
            FormField(Localized("小区", "Compounds"), rotation?.compounds.joined(separator: ";") ?? "", hint: Localized("方式为小区时填写", "for 小区 (places)")),
            FormField(Localized("换班", "Step"), rotation.map { stepText($0.step).zh } ?? "每天", hint: Localized("每天 或 每班", "每天 daily or 每班 per shift")),
            FormField(Localized("开始日期", "Start"), rotation?.start?.description ?? "", hint: Localized("空着：第一个排班日", "empty: the first planned day")),
            FormField(Localized("错开", "Offset"), "\(rotation?.offset ?? 0)", hint: Localized("多走几步（让白班夜班错开）", "extra steps (keeps day and night apart)")),
        ]
    }

    /// The problems of the values, by field.
    static func problems(_ values: [String], roster: Roster) -> FormCheck.Problems {
        var problems: FormCheck.Problems = [:]
        let kind = self.kind(values[0])
        if kind == nil { problems[0] = Localized("填 队伍、队员 或 小区", "Type 队伍 (teams), 队员 (members) or 小区 (places)") }
        if !values[1].isEmpty, roster.checkpoint(named: values[1]) == nil {
            problems[1] = Localized("没有叫“\(values[1])”的卡口", "No post “\(values[1])”")
        }
        let teams = values[2].splitList()
        if let unknown = FormRules.unknown(teams, known: roster.teams.map(\.name)).first {
            problems[2] = Localized("没有叫“\(unknown)”的队伍", "No team “\(unknown)”")
        } else if kind == .teams, teams.count < 2 {
            problems[2] = Localized("至少两支队伍才能轮流", "At least two teams take turns")
        } else if kind == .members, teams.count != 1 {
            problems[2] = Localized("队员轮流只填一支队伍", "Members take turns within one team")
        }
        let compounds = values[3].splitList()
        let known = roster.checkpoints.map(\.compound) + roster.teams.flatMap(\.compounds)
        if let unknown = FormRules.unknown(compounds, known: known).first {
            problems[3] = Localized("没有叫“\(unknown)”的小区", "No compound “\(unknown)”")
        } else if kind == .places, compounds.isEmpty {
            problems[3] = Localized("按小区轮流要填小区", "Places need their compounds")
        }
        if step(values[4]) == nil { problems[4] = Localized("填 每天 或 每班", "Type 每天 (daily) or 每班 (per shift)") }
        if !values[5].isEmpty, LocalDate(parsing: values[5]) == nil { problems[5] = Localized("写成 2022-04-01", "Write it as 2022-04-01") }
        if Int(values[6]) == nil { problems[6] = Localized("填一个整数", "A whole number") }
        return problems
    }

    /// The roster with the rotation added (nil) or the one at `editing` changed.
    static func apply(_ values: [String], editing: Int?, to roster: Roster) -> (Roster, Localized) {
        let rotation = RotationPattern(
            kind: kind(values[0]) ?? .teams, checkpoint: values[1].isEmpty ? nil : values[1], teams: values[2].splitList(),
            compounds: values[3].splitList(), step: step(values[4]) ?? .day, start: LocalDate(parsing: values[5]),
            offset: Int(values[6]) ?? 0)
        var edited = roster
        guard let editing, edited.rotations.indices.contains(editing) else {
            edited.rotations.append(rotation)
            return (edited, Localized("新增轮换 \(edited.rotations.count)", "Added rotation \(edited.rotations.count)"))
        }
        edited.rotations[editing] = rotation
        return (edited, Localized("修改轮换 \(editing + 1)", "Edited rotation \(editing + 1)"))
    }

    /// How a kind is written in the table and the form.
    static func kindText(_ kind: RotationPattern.Kind) -> Localized {
        switch kind {
        case .teams: return Localized("队伍", "teams")
        case .members: return Localized("队员", "members")
        case .places: return Localized("小区", "places")
        }
    }

    /// How a step is written in the table and the form.
    static func stepText(_ step: RotationPattern.Step) -> Localized {
        step == .day ? Localized("每天", "daily") : Localized("每班", "per shift")
    }

    private static func kind(_ text: String) -> RotationPattern.Kind? {
        RotationPattern.Kind.allCases.first { kindText($0).zh == text || kindText($0).en == text.lowercased() }
    }

    private static func step(_ text: String) -> RotationPattern.Step? {
        switch text.lowercased() {
        case "每天", "daily", "day": return .day
        case "每班", "per shift", "shift": return .shift
        default: return nil
        }
    }
}
