/// Turns the refusals of everyone who could have taken a place into a few short clauses that
/// name people and rules: `王伟 不能值 周六；李强 在 … 之后只休息 6 小时（至少 8 小时）；机动组 全员已在别处值班`.
///
/// People are grouped by team (in the order they would be asked), then by kind of reason;
/// a team whose members all share one kind of reason is summed up in one clause, a long list
/// of names is cut to a few (`等 9 人`), and past `maxClauses` the rest are only counted (`另有 N 人…`).
enum RefusalSummary {
    /// Most clauses written out.
    static let maxClauses = 6
    /// Most names written in one clause.
    static let maxNames = 3

    /// The clauses joined with `；`.
    static func text(for candidates: [CandidateRefusal]) -> String {
        var clauses: [(text: String, people: Int)] = []
        for team in teamsInOrder(candidates) {
            let members = candidates.filter { $0.team == team }
            let kinds = uniqueInOrder(members.map(\.category))
            if members.count >= 2, kinds.count == 1 {
                clauses.append((wholeTeam(team.isEmpty ? "无队伍的人" : team, members), members.count))
                continue
            }
            for kind in kinds {
                let group = members.filter { $0.category == kind }
                let texts = uniqueInOrder(group.map(\.reasonText))
                if texts.count == 1 {
                    clauses.append(("\(names(group)) \(texts[0])", group.count))
                } else {
                    clauses.append(("\(names(group)) \(categoryPhrase(kind))", group.count))
                }
            }
        }
        guard clauses.count > maxClauses else { return clauses.map(\.text).joined(separator: "；") }
        let rest = clauses[maxClauses...].reduce(0) { $0 + $1.people }
        return (clauses[..<maxClauses].map(\.text) + ["另有 \(rest) 人也排不上"]).joined(separator: "；")
    }

    private static func wholeTeam(_ team: String, _ members: [CandidateRefusal]) -> String {
        let texts = uniqueInOrder(members.map(\.reasonText))
        if texts.count == 1 { return "\(team) 全员\(texts[0])" }
        return "\(team) 全员\(categoryPhrase(members[0].category))"
    }

    /// `王伟、李强、张三等 9 人`.
    private static func names(_ group: [CandidateRefusal]) -> String {
        let shown = group.prefix(maxNames).map(\.person).joined(separator: "、")
        return group.count > maxNames ? "\(shown)等 \(group.count) 人" : shown
    }

    private static func categoryPhrase(_ kind: RuleViolation.Kind?) -> String {
        switch kind {
        case nil: return "有空"
        case .unavailable?: return "不能值班"
        case .doubleBooked?: return "已在别处值班"
        case .rest?: return "休息不足"
        case .dailyHours?: return "当天值班时长已满"
        case .requirement?: return "不符合本班要求"
        case let other?: return other.title
        }
    }

    private static func teamsInOrder(_ candidates: [CandidateRefusal]) -> [String] {
        uniqueInOrder(candidates.map(\.team))
    }

    private static func uniqueInOrder<T: Equatable>(_ values: [T]) -> [T] {
        var result: [T] = []
        for value in values where !result.contains(value) { result.append(value) }
        return result
    }
}
