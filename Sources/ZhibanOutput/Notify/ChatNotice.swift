import ZhibanModel

/// The message an organizer pastes into each team's group chat the evening before a duty day
/// (【今日值班】 when sent on the day, 【值班安排】 for a day further on):
///
/// ```
/// 【明日值班】4月8日 周五
/// 天瑞值守组
///
/// 天瑞城市花园南门
/// · 白班 08:00–20:00：夏红文（组长）、李Anna
/// · 夜班 20:00–08:00(次日)：于世、毛瑩建
///
/// 后备待命（机动组）：陈静
/// ```
///
/// Per team: every shift at the checkpoints it keeps (with places still open), its members
/// wherever else they stand, names with leaders first, and the reserve teams' members who are
/// free that day (a reserve team's own message says so too, with the checkpoints it backs).
/// Or one message for the whole community (`combinedMessages`). The roster's closing line
/// (`[notify] closing`) ends every message. Plain text, no markup; split into numbered parts
/// above `limit` characters.
public struct ChatNotice: Sendable {
    /// The roster.
    public var roster: Roster
    /// The duty day (tomorrow, when sent the evening before).
    public var date: LocalDate
    /// One team only, or every team with something on that day.
    public var team: String?
    /// The most characters in one chat message.
    public var limit: Int
    /// The day the message goes out, which says how it names the duty day: the day before gives
    /// 【明日值班】, the day itself 【今日值班】, any other 【值班安排】. Nil: the day before.
    public var sentOn: LocalDate?

    /// The default limit: 1,500 characters, well inside what WeChat and QQ show as one message
    /// without folding it behind "全文" (read more).
    public static let defaultLimit = 1500

    /// Creates a notice.
    public init(roster: Roster, date: LocalDate, team: String? = nil, limit: Int = ChatNotice.defaultLimit, sentOn: LocalDate? = nil) {
        self.roster = roster
        self.date = date
        self.team = team
        self.sentOn = sentOn
        self.limit = limit
    }

    /// The messages to paste, in team order (several per team when one would be too long).
    public func messages() throws -> [String] {
        let index = StaffingIndex(roster: roster, includePhone: false)
        let slots = index.staffing(on: date)
        let slotsByTeam = Self.slotsByTeam(slots, index: index)
        let onDuty = Set(slots.flatMap(\.people))
        let splitter = ChatMessageSplitter(limit: limit)
        // Worked out once for all teams: per team, they cost every slot of the day.
        let checkpoints = Self.checkpointNames(of: slots)
        var backedBy: [String: [String]] = [:]
        for name in checkpoints {
            if let reserve = index.checkpoint(named: name)?.reserve { backedBy[reserve, default: []].append(name) }
        }
        let day = DayCheckpoints(count: checkpoints.count, backedBy: backedBy)
        if let team {
            guard roster.team(named: team) != nil else { throw OutputError.unknownTeam(team) }
            let body = self.body(for: team, slots: slotsByTeam[team] ?? [], day: day, onDuty: onDuty, index: index)
            return splitter.split(header: header(team), body: body.isEmpty ? [nothingPlannedLine] : withClosing(body))
        }
        return roster.teams.flatMap { team -> [String] in
            let body = self.body(for: team.name, slots: slotsByTeam[team.name] ?? [], day: day, onDuty: onDuty, index: index)
            return body.isEmpty ? [] : splitter.split(header: header(team.name), body: withClosing(body))
        }
    }

    /// One message for the whole community's group chat (several when too long): headed by the
    /// roster's title, every checkpoint's shifts, then every reserve on call.
    public func combinedMessages() -> [String] {
        let index = StaffingIndex(roster: roster, includePhone: false)
        let slots = index.staffing(on: date)
        let onDuty = Set(slots.flatMap(\.people))
        let reserves = Self.reserves(of: slots, index: index)
        let body = blocks(slots, index: index) + reserveLines(reserves, onDuty: onDuty, index: index)
        return ChatMessageSplitter(limit: limit).split(header: header(roster.settings.title), body: withClosing(body))
    }

    /// Whether nobody at all is on duty on the date: a notice would list nothing but open places.
    public var nothingPlanned: Bool {
        // Every duty of the date is in its staffing (`StaffingIndex.staffing(on:)`), so asking
        // the duties tells the same without building the index a second time.
        !roster.duties.contains { $0.date == date && !$0.people.isEmpty }
    }

    /// Said when a team has nothing on the day.
    public var nothingPlannedLine: String { "\(dayWord ?? "当天")无值班安排。" }

    /// 明日 or 今日 as seen from `sentOn`, nil for another day.
    private var dayWord: String? {
        guard let sentOn, date != sentOn.adding(days: 1) else { return "明日" }
        return date == sentOn ? "今日" : nil
    }

    private func header(_ title: String) -> [String] {
        ["【\(dayWord.map { $0 + "值班" } ?? "值班安排")】" + ChineseDate.short(date), title.sanitizedForDisplay]
    }

    /// The body with the roster's closing line (`[notify] closing`) after a blank line, if set.
    private func withClosing(_ body: [String]) -> [String] {
        let closing = roster.settings.notifyClosing
        return closing.isEmpty ? body : body + ["", closing.sanitizedForDisplay]
    }

    /// Each team's slots, in slot order: every slot at a checkpoint it keeps, and every slot one
    /// of its members stands.
    private static func slotsByTeam(_ slots: [SlotStaffing], index: StaffingIndex) -> [String: [SlotStaffing]] {
        var result: [String: [SlotStaffing]] = [:]
        for slot in slots {
            var teams = index.checkpoint(named: slot.checkpoint)?.keepers ?? []
            for name in slot.people {
                let team = index.person(named: name).team
                if !team.isEmpty, !teams.contains(team) { teams.append(team) }
            }
            for team in teams { result[team, default: []].append(slot) }
        }
        return result
    }

    /// The reserve teams of the checkpoints of `slots`, in slot order, each once.
    private static func reserves(of slots: [SlotStaffing], index: StaffingIndex) -> [String] {
        var reserves: [String] = []
        for slot in slots {
            if let reserve = index.checkpoint(named: slot.checkpoint)?.reserve, !reserves.contains(reserve) {
                reserves.append(reserve)
            }
        }
        return reserves
    }

    /// A team's body lines: a block per checkpoint, then the reserves on call. A reserve team is
    /// always told it is on call, and, when it has no duty of its own, which checkpoints it backs
    /// (`全部 14 个` when it backs every one of more than three).
    private func body(for team: String, slots: [SlotStaffing], day: DayCheckpoints, onDuty: Set<String>,
                      index: StaffingIndex) -> [String] {
        let backed = day.backedBy[team] ?? []
        var reserves = Self.reserves(of: slots, index: index)
        if !backed.isEmpty, !reserves.contains(team) { reserves.append(team) }
        let reserveLines = self.reserveLines(reserves, onDuty: onDuty, index: index)
        guard slots.isEmpty else { return blocks(slots, index: index) + reserveLines }
        guard !reserveLines.isEmpty else { return [] }
        let all = day.count
        let checkpoints = backed.count == all && all > 3 ? "全部 \(all) 个" : backed.joined(separator: "、")
        return reserveLines + [("支援卡口：" + checkpoints).sanitizedForDisplay]
    }

    /// The checkpoints of the day's slots: how many, and those each reserve team backs (in slot order).
    private struct DayCheckpoints {
        let count: Int
        let backedBy: [String: [String]]
    }

    /// The checkpoints of `slots`, in slot order, each once.
    private static func checkpointNames(of slots: [SlotStaffing]) -> [String] {
        var seen: Set<String> = []
        return slots.map(\.checkpoint).filter { seen.insert($0).inserted }
    }

    /// A blank line, the checkpoint's name and a line per shift, for each checkpoint of `slots`.
    private func blocks(_ slots: [SlotStaffing], index: StaffingIndex) -> [String] {
        var lines: [String] = []
        var checkpoint: String?
        for slot in slots {
            if checkpoint != slot.checkpoint {
                lines += ["", slot.checkpoint.sanitizedForDisplay]
                checkpoint = slot.checkpoint
            }
            lines.append(shiftLine(slot, index: index))
        }
        return lines
    }

    /// A blank line, then `后备待命（机动组）：陈静` for each reserve with members free that day.
    private func reserveLines(_ reserves: [String], onDuty: Set<String>, index: StaffingIndex) -> [String] {
        let lines = reserves.compactMap { reserve -> String? in
            let free = index.members(of: reserve).filter { !onDuty.contains($0) }
            guard !free.isEmpty else { return nil }
            return ("后备待命（\(reserve)）：" + names(free, index: index)).sanitizedForDisplay
        }
        return lines.isEmpty ? [] : [""] + lines
    }

    /// `· 白班 08:00–20:00：夏红文（组长）、李Anna，缺1人`.
    private func shiftLine(_ slot: SlotStaffing, index: StaffingIndex) -> String {
        let hours = index.shift(named: slot.shift).map { " " + $0.hoursText } ?? ""
        var line = "· \(slot.shift)\(hours)：" + (slot.people.isEmpty ? "（无人）" : names(slot.people, index: index))
        if slot.openPlaces > 0 { line += "，缺\(slot.openPlaces)人" }
        return line.sanitizedForDisplay
    }

    /// Names, leaders first, each leader with their role: `夏红文（组长）、李Anna`.
    private func names(_ people: [String], index: StaffingIndex) -> String {
        index.leadersFirst(people).map { person in
            guard person.isLeader else { return person.name }
            let role = index.volunteer(named: person.name)?.role ?? ""
            return "\(person.name)（\(Volunteer.leaderRoles.contains(role) ? role : "负责人")）"
        }.joined(separator: "、")
    }
}
