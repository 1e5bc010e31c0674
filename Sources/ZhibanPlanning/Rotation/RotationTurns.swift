import ZhibanModel

/// The rotation patterns of a roster, resolved against its checkpoints and teams, answering
/// "whose turn is it?" for each slot. The semantics are described in Docs/planning.md.
struct RotationTurns: Sendable {
    /// One pattern applied to one checkpoint.
    private struct Rule: Sendable {
        let pattern: RotationPattern
        /// The date of turn 0.
        let start: LocalDate
    }

    private let index: RosterIndex
    /// The rules per checkpoint position, in declaration order.
    private let rulesByCheckpoint: [Int: [Rule]]
    /// Problems found while resolving, e.g. `roster.toml:12: 轮换（places）：没有指定卡口（checkpoint）`.
    let problems: [Localized]

    /// Resolves the roster's rotations; a pattern without `start` counts its turns from `firstDate`.
    init(index: RosterIndex, firstDate: LocalDate) {
        self.index = index
        var rules: [Int: [Rule]] = [:]
        var problems: [Localized] = []
        for pattern in index.roster.rotations {
            let start = pattern.start ?? firstDate
            let (targets, trouble) = RotationTurns.checkpoints(of: pattern, in: index)
            problems += trouble.map { RotationTurns.problem($0, in: pattern) }
            for target in targets { rules[target, default: []].append(Rule(pattern: pattern, start: start)) }
        }
        rulesByCheckpoint = rules
        self.problems = problems
    }

    /// What the rotations ask for this slot of a checkpoint (given by its position).
    func designation(for slot: Slot, checkpoint position: Int) -> Designation {
        var designation = Designation()
        guard let rules = rulesByCheckpoint[position] else { return designation }
        let checkpoint = index.roster.checkpoints[position]
        guard let layer = checkpoint.shifts.firstIndex(of: slot.shift) else { return designation }
        for rule in rules {
            let day = slot.date.dayNumber - rule.start.dayNumber
            let pattern = rule.pattern
            switch pattern.kind {
            case .teams:
                let turn = RotationTurns.turn(day: day, layer: layer, layers: checkpoint.shifts.count,
                                              turns: pattern.teams.count, pattern: pattern)
                designation.teams.append(pattern.teams[turn])
            case .places:
                let turn = RotationTurns.turn(day: day, layer: layer, layers: checkpoint.shifts.count,
                                              turns: pattern.compounds.count, pattern: pattern)
                let compound = pattern.compounds[turn]
                designation.teams += index.roster.teams
                    .filter { $0.compounds.contains(compound) && (pattern.teams.isEmpty || pattern.teams.contains($0.name)) }
                    .map(\.name)
            case .members:
                let members = index.members(of: pattern.teams[0])
                let places = checkpoint.peoplePerShift
                let layers = checkpoint.shifts.count
                for place in 0..<places {
                    let position: Int
                    switch pattern.step {
                    case .day: position = day * places + place + layer * (members.count / layers) + pattern.offset
                    case .shift: position = (day * layers + layer) * places + place + pattern.offset
                    }
                    designation.people.append(members[positiveModulo(position, members.count)])
                }
            }
        }
        return designation
    }

    /// The turn of a `teams` or `places` pattern: by day, every shift of a day has the same turn;
    /// by shift, every shift is one turn after the one before it, plus one extra turn a day when
    /// the shifts of a day would otherwise bring each turn back to the same shift.
    private static func turn(day: Int, layer: Int, layers: Int, turns: Int, pattern: RotationPattern) -> Int {
        switch pattern.step {
        case .day:
            return positiveModulo(day + pattern.offset, turns)
        case .shift:
            let drift = layers % turns == 0 ? day : 0
            return positiveModulo(day * layers + layer + drift + pattern.offset, turns)
        }
    }

    /// The checkpoint positions a pattern applies to, and what is wrong with it.
    private static func checkpoints(of pattern: RotationPattern, in index: RosterIndex) -> ([Int], [Localized]) {
        var trouble: [Localized] = []
        for team in pattern.teams where index.roster.team(named: team) == nil && index.members(of: team).isEmpty {
            trouble.append(Localized("没有叫 \(team) 的队伍", "no team is called \(team)"))
        }
        switch pattern.kind {
        case .teams where pattern.teams.isEmpty:
            trouble.append(Localized("没有列出轮流的队伍", "no teams listed to take turns"))
        case .members where pattern.teams.count != 1:
            trouble.append(Localized("需要正好一个队伍（teams）", "needs exactly one team (teams)"))
        case .members where index.members(of: pattern.teams.first ?? "").isEmpty:
            trouble.append(Localized("\(pattern.teams[0]) 没有队员", "\(pattern.teams[0]) has no members"))
        case .places where pattern.compounds.isEmpty:
            trouble.append(Localized("没有列出轮流的小区（compounds）", "no compounds listed to take turns (compounds)"))
        default:
            break
        }
        for compound in pattern.compounds where !index.roster.teams.contains(where: { $0.compounds.contains(compound) }) {
            trouble.append(Localized("没有队伍负责小区 \(compound)", "no team looks after the compound \(compound)"))
        }
        let targets: [Int]
        if let name = pattern.checkpoint {
            if let position = index.checkpointIndexByName[name] {
                targets = [position]
            } else {
                trouble.append(Localized("没有叫 \(name) 的卡口", "no checkpoint is called \(name)"))
                targets = []
            }
        } else if pattern.kind == .teams {
            targets = index.roster.checkpoints.indices.filter { position in
                pattern.teams.contains { index.roster.checkpoints[position].keepers.contains($0) }
            }
        } else {
            trouble.append(Localized("没有指定卡口（checkpoint）", "no checkpoint given (checkpoint)"))
            targets = []
        }
        for position in targets {
            let checkpoint = index.roster.checkpoints[position]
            for team in pattern.teams where !checkpoint.accepts(team: team) {
                trouble.append(Localized("\(team) 不是 \(checkpoint.name) 的值守队伍或后备队伍，不能排在那里",
                                         "\(team) neither keeps \(checkpoint.name) nor is its reserve, so cannot serve there"))
            }
        }
        let usable = pattern.kind == .teams ? !pattern.teams.isEmpty
            : pattern.kind == .places ? !pattern.compounds.isEmpty
            : pattern.teams.count == 1 && !index.members(of: pattern.teams[0]).isEmpty
        return (usable ? targets : [], trouble)
    }

    private static func problem(_ text: Localized, in pattern: RotationPattern) -> Localized {
        let prefix = pattern.location.map { "\($0): " } ?? ""
        return Localized("\(prefix)轮换（\(pattern.kind.rawValue)）：\(text.zh)", "\(prefix)rotation (\(pattern.kind.rawValue)): \(text.en)")
    }
}

/// `value mod divisor` in `0..<divisor`, also for negative values.
func positiveModulo(_ value: Int, _ divisor: Int) -> Int {
    let remainder = value % divisor
    return remainder < 0 ? remainder + divisor : remainder
}
