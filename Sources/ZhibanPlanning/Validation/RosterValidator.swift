import ZhibanModel

/// Checks that a roster hangs together: every name it mentions exists, nothing is defined
/// twice, times are possible, and every checkpoint's needs can be met by the teams that keep it.
///
/// These are the structural problems `zhiban check` reports beside what `RuleChecker` finds in
/// the duties (unknown names there included); each names the file and line of the record at fault.
public struct RosterValidator: Sendable {
    private let roster: Roster
    private let language: Language
    // Names as `NameKey`s: looked up for every volunteer, without normalising them each time.
    private let shiftNames: Set<NameKey>
    private let teamNames: Set<NameKey>
    /// Each team's members (positions in `roster.volunteers`), in roster order: worked out once,
    /// so each checkpoint's needs cost its teams' size rather than the whole roster's.
    private let membersByTeam: NameTable<[Int]>

    /// Creates a validator for `roster` whose problems are worded in `language`.
    public init(_ roster: Roster, language: Language = .zh) {
        self.roster = roster
        self.language = language
        shiftNames = Set(roster.shifts.map { NameKey($0.name) })
        teamNames = Set(roster.teams.map { NameKey($0.name) })
        var members = NameTable<[Int]>()
        for (person, volunteer) in roster.volunteers.enumerated() { members[volunteer.team, default: []].append(person) }
        membersByTeam = members
    }

    /// Every structural problem, in file and line order.
    public func problems() -> [Diagnostic] {
        var found: [Diagnostic] = []
        found += duplicates(roster.shifts.map { ($0.name, $0.location) }, what: Localized("班次", "shift"))
        found += duplicates(roster.checkpoints.map { ($0.name, $0.location) }, what: Localized("卡口", "checkpoint"))
        found += duplicates(roster.teams.map { ($0.name, $0.location) }, what: Localized("队伍", "team"))
        found += duplicates(roster.volunteers.map { ($0.name, $0.location) }, what: Localized("志愿者", "volunteer"))
        found += shiftProblems()
        found += checkpointProblems()
        found += teamProblems()
        found += volunteerProblems()
        found += rotationProblems()
        return found.sorted()
    }

    /// A problem at `location`, worded in the validator's language.
    private func problem(_ zh: String, _ en: String, at location: SourceLocation?) -> Diagnostic {
        Diagnostic(Localized(zh, en)(language), at: location)
    }

    private func duplicates(_ names: [(String, SourceLocation?)], what: Localized) -> [Diagnostic] {
        var first = NameTable<SourceLocation?>(minimumCapacity: names.count)  // not by String, which normalises each name it hashes
        var found: [Diagnostic] = []
        for (name, location) in names {
            if let earlier = first[name] {
                let (zhPlace, enPlace) = (earlier.map { "（第一次在 \($0)）" } ?? "", earlier.map { " (first at \($0))" } ?? "")
                found.append(problem("\(what.zh)“\(name)”重复定义\(zhPlace)", "\(what.en) “\(name)” is defined twice\(enPlace)", at: location))
            } else {
                first.set(location, for: name)
            }
        }
        return found
    }

    private func shiftProblems() -> [Diagnostic] {
        let limit = roster.settings.rules.maxDutyMinutesPerDay
        return roster.shifts.filter { $0.durationMinutes > limit }.map {
            problem("班次“\($0.name)”长 \(Hours.text($0.durationMinutes))，超过每天最多值班 \(Hours.text(limit)) 的规定，无法排人",
                    "shift “\($0.name)” is \(Hours.text($0.durationMinutes, .en)) long, more than the \(Hours.text(limit, .en)) "
                        + "of duty a day allowed: nobody can be put on it", at: $0.location)
        }
    }

    private func checkpointProblems() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for checkpoint in roster.checkpoints {
            let at = checkpoint.location
            for shift in checkpoint.shifts where !shiftNames.contains(NameKey(shift)) {
                found.append(problem("卡口“\(checkpoint.name)”用了未知的班次“\(shift)”",
                                     "checkpoint “\(checkpoint.name)” uses an unknown shift “\(shift)”", at: at))
            }
            if checkpoint.keepers.isEmpty {
                found.append(problem("卡口“\(checkpoint.name)”没有值守队伍", "checkpoint “\(checkpoint.name)” has no keeping team", at: at))
            }
            for team in checkpoint.keepers + [checkpoint.reserve].compactMap({ $0 }) where !teamNames.contains(NameKey(team)) {
                found.append(problem("卡口“\(checkpoint.name)”的队伍“\(team)”不存在",
                                     "checkpoint “\(checkpoint.name)” names a team “\(team)” that does not exist", at: at))
            }
            found += needsNoTeamCanMeet(checkpoint)
        }
        return found
    }

    private func needsNoTeamCanMeet(_ checkpoint: Checkpoint) -> [Diagnostic] {
        let teams = checkpoint.keepers + [checkpoint.reserve].compactMap { $0 }
        let people = teams.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.flatMap { membersByTeam[$0] ?? [] }
        let (teamText, teamList) = (teams.joined(separator: "、"), teams.joined(separator: ", "))
        var found: [Diagnostic] = []
        if people.count < checkpoint.peoplePerShift {
            found.append(problem(
                "卡口“\(checkpoint.name)”每班要 \(checkpoint.peoplePerShift) 人，但值守和后备队伍（\(teamText)）一共只有 \(people.count) 人",
                "checkpoint “\(checkpoint.name)” needs \(checkpoint.peoplePerShift) a shift, but its keepers and reserve (\(teamList)) "
                    + "have only \(people.count) people", at: checkpoint.location))
        }
        for requirement in checkpoint.requirements {
            if requirement.count > checkpoint.peoplePerShift {
                found.append(problem(
                    "卡口“\(checkpoint.name)”要求 \(requirement)，多于每班人数 \(checkpoint.peoplePerShift)",
                    "checkpoint “\(checkpoint.name)” requires \(requirement), more than its \(checkpoint.peoplePerShift) a shift",
                    at: checkpoint.location))
            }
            let volunteers = roster.volunteers
            let able = people.count { requirement.isMet(isPartyMember: volunteers[$0].isPartyMember, skills: volunteers[$0].skills) }
            if able < requirement.count {
                found.append(problem(
                    "卡口“\(checkpoint.name)”每班要求 \(requirement)，但\(teamText)里只有 \(able) 人符合",
                    "checkpoint “\(checkpoint.name)” requires \(requirement) a shift, but only \(able) in \(teamList) qualify",
                    at: checkpoint.location))
            }
        }
        return found
    }

    private func teamProblems() -> [Diagnostic] {
        // Only the leaders are looked for: each leader's name, with the first volunteer so named
        // (-1 while none is), instead of a table of the whole roster by name.
        var leaders = NameTable<Int>()
        for team in roster.teams { if let leader = team.leader, leaders[leader] == nil { leaders.set(-1, for: leader) } }
        for (position, volunteer) in roster.volunteers.enumerated() where leaders[volunteer.name] == -1 {
            leaders.set(position, for: volunteer.name)
        }
        return roster.teams.compactMap { team in
            guard let leader = team.leader else { return nil }
            guard let position = leaders[leader], position >= 0 else {
                return problem("队伍“\(team.name)”的负责人“\(leader)”不在志愿者名单里",
                               "the leader “\(leader)” of team “\(team.name)” is not among the volunteers", at: team.location)
            }
            let person = roster.volunteers[position]
            return person.team == team.name ? nil
                : problem("队伍“\(team.name)”的负责人“\(leader)”属于“\(person.team)”",
                          "the leader “\(leader)” of team “\(team.name)” belongs to “\(person.team)”", at: team.location)
        }
    }

    private func volunteerProblems() -> [Diagnostic] {
        var found: [Diagnostic] = []
        for volunteer in roster.volunteers {
            if !volunteer.team.isEmpty && !teamNames.contains(NameKey(volunteer.team)) {
                found.append(problem("\(volunteer.name) 的队伍“\(volunteer.team)”不存在",
                                     "the team “\(volunteer.team)” of \(volunteer.name) does not exist", at: volunteer.location))
            }
            for case .shift(let name) in volunteer.unavailable where !shiftNames.contains(NameKey(name)) {
                found.append(problem("\(volunteer.name) 的不能值班“\(name)”既不是星期、日期，也不是已知的班次",
                                     "the unavailability “\(name)” of \(volunteer.name) is no weekday, date or known shift",
                                     at: volunteer.location))
            }
        }
        return found
    }

    private func rotationProblems() -> [Diagnostic] {
        let checkpointNames = Set(roster.checkpoints.map(\.name))
        let compounds = Set(roster.checkpoints.map(\.compound) + roster.teams.flatMap(\.compounds))
        var found: [Diagnostic] = []
        for rotation in roster.rotations {
            if let checkpoint = rotation.checkpoint, !checkpointNames.contains(checkpoint) {
                found.append(problem("轮换用了未知的卡口“\(checkpoint)”", "a rotation names an unknown checkpoint “\(checkpoint)”",
                                     at: rotation.location))
            }
            for team in rotation.teams where !teamNames.contains(NameKey(team)) {
                found.append(problem("轮换用了未知的队伍“\(team)”", "a rotation names an unknown team “\(team)”", at: rotation.location))
            }
            for compound in rotation.compounds where !compounds.contains(compound) {
                found.append(problem("轮换用了未知的小区“\(compound)”", "a rotation names an unknown compound “\(compound)”",
                                     at: rotation.location))
            }
        }
        return found
    }
}
