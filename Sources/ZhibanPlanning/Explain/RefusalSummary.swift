import ZhibanModel

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

    /// The clauses joined with `；` (in English `; `).
    static func text(for candidates: [CandidateRefusal], _ language: Language) -> String {
        var clauses: [(text: String, people: Int)] = []
        for team in teamsInOrder(candidates) {
            let members = candidates.filter { $0.team == team }
            let kinds = uniqueInOrder(members.map(\.category))
            if members.count >= 2, kinds.count == 1 {
                let name = team.isEmpty ? Localized("无队伍的人", "people without a team")(language) : team
                clauses.append((wholeTeam(name, members, language), members.count))
                continue
            }
            for kind in kinds {
                let group = members.filter { $0.category == kind }
                let texts = uniqueInOrder(group.map { $0.reasonText(language) })
                let reason = texts.count == 1 ? texts[0] : categoryPhrase(kind)(language)
                clauses.append(("\(names(group, language)) \(reason)", group.count))
            }
        }
        let separator = Localized("；", "; ")(language)
        guard clauses.count > maxClauses else { return clauses.map(\.text).joined(separator: separator) }
        let rest = clauses[maxClauses...].reduce(0) { $0 + $1.people }
        let more = Localized("另有 \(rest) 人也排不上", "\(rest) more cannot take it either")(language)
        return (clauses[..<maxClauses].map(\.text) + [more]).joined(separator: separator)
    }

    /// `机动组 全员已在别处值班` / `all of 机动组: on duty elsewhere`.
    private static func wholeTeam(_ team: String, _ members: [CandidateRefusal], _ language: Language) -> String {
        let texts = uniqueInOrder(members.map { $0.reasonText(language) })
        let reason = texts.count == 1 ? texts[0] : categoryPhrase(members[0].category)(language)
        return Localized("\(team) 全员\(reason)", "all of \(team): \(reason)")(language)
    }

    /// `王伟、李强、张三等 9 人` / `王伟, 李强, 张三 and 6 more`.
    private static func names(_ group: [CandidateRefusal], _ language: Language) -> String {
        let shown = group.prefix(maxNames).map(\.person).joined(separator: Localized("、", ", ")(language))
        guard group.count > maxNames else { return shown }
        return Localized("\(shown)等 \(group.count) 人", "\(shown) and \(group.count - maxNames) more")(language)
    }

    private static func categoryPhrase(_ kind: RuleViolation.Kind?) -> Localized {
        switch kind {
        case nil: return Localized("有空", "free")
        case .unavailable?: return Localized("不能值班", "unavailable")
        case .doubleBooked?: return Localized("已在别处值班", "on duty elsewhere")
        case .rest?: return Localized("休息不足", "too little rest")
        case .dailyHours?: return Localized("当天值班时长已满", "day already full")
        case .requirement?: return Localized("不符合本班要求", "not meeting the shift's requirements")
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
