import ZhibanModel

/// The form for a rotation pattern (roster.toml's `[[rotation]]`): how the turn is taken, the
/// post, the teams or compounds in turn order, how often the turn moves on, from when, and
/// any offset. Checked as the roster's validator checks the file.
struct RotationForm: RosterEditForm {
    enum Field: FormFieldName {
        case kind, checkpoint, teams, compounds, step, start, offset

        var label: Localized {
            switch self {
            case .kind: return Localized("方式", "Kind")
            case .checkpoint: return Localized("卡口", "Post")
            case .teams: return Localized("队伍", "Teams")
            case .compounds: return Localized("小区", "Compounds")
            case .step: return Localized("换班", "Step")
            case .start: return Localized("开始日期", "Start")
            case .offset: return Localized("错开", "Offset")
            }
        }

        var hint: Localized {
            switch self {
            case .kind: return Localized("队伍（各队轮流）、队员（一队人轮流）、小区（按小区轮流）", "队伍 teams, 队员 members, 小区 places")
            case .checkpoint: return Localized("空着：这些队伍值守的全部卡口", "empty: every post the teams keep")
            case .teams: return Localized("按轮流顺序，用 ; 分隔", "in turn order, separated by ;")
            case .compounds: return Localized("方式为小区时填写", "for 小区 (places)")
            case .step: return Localized("每天 或 每班", "每天 daily or 每班 per shift")
            case .start: return Localized("空着：第一个排班日", "empty: the first planned day")
            case .offset: return Localized("多走几步（让白班夜班错开）", "extra steps (keeps day and night apart)")
            }
        }
    }

    /// The position of the rotation edited (nil: a new one).
    let editing: Int?
    let opening: FormValues<Field>

    /// The form to add a rotation (nil) or edit `rotation`, the one at `position`.
    init(editing rotation: RotationPattern?, at position: Int?) {
        editing = position
        opening = FormValues([
            .kind: rotation.map { Self.kindText($0.kind).zh } ?? "队伍",
            .checkpoint: rotation?.checkpoint ?? "",
            .teams: rotation?.teams.joined(separator: ";") ?? "",
            .compounds: rotation?.compounds.joined(separator: ";") ?? "",
            .step: rotation.map { Self.stepText($0.step).zh } ?? "每天",
            .start: rotation?.start?.description ?? "",
            .offset: "\(rotation?.offset ?? 0)",
        ])
    }

    var title: Localized {
        editing.map { Localized("编辑第 \($0 + 1) 条轮换", "Edit rotation \($0 + 1)") } ?? Localized("新增轮换", "New rotation")
    }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        let kind = Self.kind(values[.kind])
        if kind == nil { problems[.kind] = Localized("填 队伍、队员 或 小区", "Type 队伍 (teams), 队员 (members) or 小区 (places)") }
        let checkpoint = values[.checkpoint]
        if !checkpoint.isEmpty, roster.checkpoint(named: checkpoint) == nil {
            problems[.checkpoint] = Localized("没有叫“\(checkpoint)”的卡口", "No post “\(checkpoint)”")
        }
        let teams = values[.teams].splitList()
        if let unknown = FormRules.unknown(teams, known: roster.teams.map(\.name)).first {
            problems[.teams] = Localized("没有叫“\(unknown)”的队伍", "No team “\(unknown)”")
        } else if kind == .teams, teams.count < 2 {
            problems[.teams] = Localized("至少两支队伍才能轮流", "At least two teams take turns")
        } else if kind == .members, teams.count != 1 {
            problems[.teams] = Localized("队员轮流只填一支队伍", "Members take turns within one team")
        }
        let compounds = values[.compounds].splitList()
        let known = roster.checkpoints.map(\.compound) + roster.teams.flatMap(\.compounds)
        if let unknown = FormRules.unknown(compounds, known: known).first {
            problems[.compounds] = Localized("没有叫“\(unknown)”的小区", "No compound “\(unknown)”")
        } else if kind == .places, compounds.isEmpty {
            problems[.compounds] = Localized("按小区轮流要填小区", "Places need their compounds")
        }
        if Self.step(values[.step]) == nil { problems[.step] = Localized("填 每天 或 每班", "Type 每天 (daily) or 每班 (per shift)") }
        if !values[.start].isEmpty, LocalDate(parsing: values[.start]) == nil { problems[.start] = Localized("写成 2022-04-01", "Write it as 2022-04-01") }
        if Int(values[.offset]) == nil { problems[.offset] = Localized("填一个整数", "A whole number") }
        return problems
    }

    /// The roster with the rotation added (nil) or the one at `editing` changed.
    func apply(_ values: FormValues<Field>, to roster: Roster, near reference: LocalDate?) -> (Roster, Localized) {
        let rotation = RotationPattern(
            kind: Self.kind(values[.kind]) ?? .teams, checkpoint: values[.checkpoint].isEmpty ? nil : values[.checkpoint],
            teams: values[.teams].splitList(), compounds: values[.compounds].splitList(), step: Self.step(values[.step]) ?? .day,
            start: LocalDate(parsing: values[.start]), offset: Int(values[.offset]) ?? 0)
        var edited = roster
        guard let editing, edited.rotations.indices.contains(editing) else {
            edited.rotations.append(rotation)
            return (edited, Localized("新增轮换 \(edited.rotations.count)", "Added rotation \(edited.rotations.count)"))
        }
        edited.rotations[editing] = rotation
        return (edited, Localized("修改轮换 \(editing + 1)", "Edited rotation \(editing + 1)"))
    }

    /// Rotations are listed by number, which no field holds.
    func recordName(_ values: FormValues<Field>) -> String? { nil }

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
