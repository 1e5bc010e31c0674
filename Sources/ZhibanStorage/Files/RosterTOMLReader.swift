import Foundation
import ZhibanModel

/// Reads `roster.toml` into a roster's definitions. Every problem is collected as
/// `file:line: message`; any problem makes the file unreadable (exit status 2).
public enum RosterTOMLReader {
    /// The roster defined by `text` (no volunteers or duties: they live in their own files).
    public static func roster(from text: String, file: String) throws(RosterFileError) -> Roster {
        let conflicts = ConflictMarkers.problems(in: text, file: file, loneCREndsLine: false)
        if !conflicts.isEmpty { throw RosterFileError(conflicts) }
        let root: TOMLTable
        do {
            root = try TOMLParser.parse(text)
        } catch {
            throw RosterFileError(file: file, line: error.line, error.message)
        }
        var problems: [Diagnostic] = []
        var top = TOMLTableReader(table: root, name: "", file: file)
        var settings = RosterSettings(title: top.string("title") ?? "")
        if let zone = top.string("time_zone") {
            settings.timeZone = zone
            if TimeZone(identifier: zone) == nil {
                top.problem("time_zone", Localized("time_zone“\(zone)”不是已知的时区（应写 IANA 名称，如 \"Asia/Shanghai\"）；导出日历要用它",
                                                   "time_zone “\(zone)” is not a known time zone (write an IANA name such as \"Asia/Shanghai\"); calendar export needs it"))
            }
        }
        for known in ["rules", "notify", "sharing", "shift", "checkpoint", "team", "rotation"] { _ = root[known].map { _ in top.markUsed(known) } }
        top.rejectUnknownKeys()
        problems += top.problems

        if let rulesTable = root["rules"]?.table {
            var reader = TOMLTableReader(table: rulesTable, name: "rules", file: file)
            settings.rules = readRules(&reader)
            reader.rejectUnknownKeys()
            problems += reader.problems
        }
        if let notify = root["notify"] {
            if let table = notify.table {
                var reader = TOMLTableReader(table: table, name: "notify", file: file)
                settings.notifyClosing = reader.string("closing") ?? ""
                reader.rejectUnknownKeys()
                problems += reader.problems
            } else {
                problems.append(Diagnostic(file: file, line: notify.line,
                    Localized("notify 应写成 [notify] 表，如 [notify] closing = \"请提前10分钟到岗\"",
                              "notify should be a [notify] table, such as [notify] closing = \"请提前10分钟到岗\"")))
            }
        }
        if let sharingTable = root["sharing"]?.table {
            var reader = TOMLTableReader(table: sharingTable, name: "sharing", file: file)
            settings.commitOnSave = reader.bool("commit_on_save") ?? false
            reader.rejectUnknownKeys()
            problems += reader.problems
        }
        var roster = Roster(settings: settings)
        roster.shifts = readArray("shift", root: root, file: file, problems: &problems, readShift)
        roster.checkpoints = readArray("checkpoint", root: root, file: file, problems: &problems, readCheckpoint)
        roster.teams = readArray("team", root: root, file: file, problems: &problems, readTeam)
        roster.rotations = readArray("rotation", root: root, file: file, problems: &problems, readRotation)
        if !problems.isEmpty { throw RosterFileError(problems) }
        return roster
    }

    private static func readArray<Item>(
        _ name: String, root: TOMLTable, file: String, problems: inout [Diagnostic],
        _ read: (inout TOMLTableReader) -> Item?
    ) -> [Item] {
        guard let value = root[name] else { return [] }
        guard let array = value.array else {
            problems.append(Diagnostic(file: file, line: value.line,
                Localized("\(name) 应写成 [[\(name)]] 表", "\(name) should be [[\(name)]] tables")))
            return []
        }
        var items: [Item] = []
        for element in array {
            guard let table = element.table else { continue }
            var reader = TOMLTableReader(table: table, name: name, file: file)
            let item = read(&reader)
            reader.rejectUnknownKeys()
            problems += reader.problems
            if let item { items.append(item) }
        }
        return items
    }

    private static func readRules(_ r: inout TOMLTableReader) -> RosterRules {
        var rules = RosterRules.standard
        func duration(_ key: String, _ r: inout TOMLTableReader) -> Int? {
            guard let text = r.string(key) else { return nil }
            guard let minutes = DurationText.minutes(text) else {
                r.problem(key, Localized("\(key) 的时长“\(text)”无效（应写成 8h、7h30m 或 90m，最多 \(DurationText.maximumMinutes / 60)h）",
                                         "invalid \(key) duration “\(text)” (write 8h, 7h30m or 90m, at most \(DurationText.maximumMinutes / 60)h)"))
                return nil
            }
            return minutes
        }
        if let value = duration("min_rest", &r) { rules.minRestMinutes = value }
        if let value = duration("min_rest_after_night", &r) { rules.minRestAfterNightMinutes = value }
        if let value = duration("max_duty_per_day", &r) { rules.maxDutyMinutesPerDay = value }
        func count(_ key: String, _ allowed: ClosedRange<Int>, _ r: inout TOMLTableReader) -> Int? {
            guard let value = r.int(key) else { return nil }
            guard allowed.contains(value) else {
                r.problem(key, Localized("\(key) 应是 \(allowed.lowerBound) 到 \(allowed.upperBound) 之间的整数，不是 \(value)",
                                         "\(key) should be a whole number from \(allowed.lowerBound) to \(allowed.upperBound), not \(value)"))
                return nil
            }
            return value
        }
        rules.maxDaysInARow = count("max_days_in_a_row", 1...366, &r)
        rules.minDaysOffPerWeek = count("min_days_off_per_week", 0...7, &r)
        rules.maxNightsInARow = count("max_nights_in_a_row", 1...366, &r)
        rules.maxMinutesPerWeek = duration("max_hours_per_week", &r)
        return rules
    }

    private static func readShift(_ r: inout TOMLTableReader) -> Shift? {
        let name = r.name(Localized("班次名", "shift name"))
        let start = clock("start", &r)
        let end = clock("end", &r)
        if let start, start.minutes == 1440 { r.problem("start", Localized("班次不能从 24:00 开始（请写 00:00）", "a shift cannot start at 24:00 (write 00:00)")) }
        let separatorProblem = name.flatMap { CellValues.separatorProblem($0, what: Localized("班次名", "shift name")) }
        if let separatorProblem { r.problem("name", separatorProblem) }
        guard let name, let start, let end, start.minutes < 1440, separatorProblem == nil else { return nil }
        return Shift(name: name, start: start, end: end, location: r.location())
    }

    private static func clock(_ key: String, _ r: inout TOMLTableReader) -> ClockTime? {
        guard let text = r.string(key, required: true) else { return nil }
        guard let time = ClockTime(parsing: text) else {
            r.problem(key, Localized("\(key) 的时间“\(text)”无效（应为 HH:MM，00:00–24:00）", "invalid \(key) time “\(text)”, expected HH:MM, 00:00–24:00"))
            return nil
        }
        return time
    }

    private static func readCheckpoint(_ r: inout TOMLTableReader) -> Checkpoint? {
        let name = r.name(Localized("卡口名", "checkpoint name"))
        let compound = r.string("compound") ?? ""
        let hoursText = r.string("hours") ?? "00:00-24:00"
        let hours = CellValues.hours(hoursText)
        if hours == nil { r.problem("hours", Localized("hours“\(hoursText)”无效（应为 HH:MM-HH:MM）", "invalid hours “\(hoursText)”, expected HH:MM-HH:MM")) }
        let shifts = r.strings("shifts", required: true)
        let people = r.int("people", required: true)
        if let people, people < 1 { r.problem("people", Localized("people 应至少为 1", "people should be at least 1")) }
        var requirements: [Requirement] = []
        for text in r.strings("requires") {
            if let requirement = Requirement(parsing: text) {
                requirements.append(requirement)
            } else {
                r.problem("requires", Localized("要求“\(text)”应写成 类别:人数，如 \"党员:1\"", "requirement “\(text)” should read kind:count, such as \"党员:1\""))
            }
        }
        let keepers = r.strings("keepers", required: true)
        let reserve = r.string("reserve")
        guard let name, let hours, let people, people >= 1 else { return nil }
        return Checkpoint(
            name: name, compound: compound, openFrom: hours.0, openUntil: hours.1, shifts: shifts, peoplePerShift: people,
            requirements: requirements, keepers: keepers, reserve: reserve?.isEmpty == true ? nil : reserve,
            location: r.location())
    }

    private static func readTeam(_ r: inout TOMLTableReader) -> Team? {
        guard let name = r.name(Localized("队伍名", "team name")) else { return nil }
        let kind = r.string("kind") ?? Team.kind(guessedFrom: name)
        let leader = r.string("leader")
        return Team(name: name, kind: kind, leader: leader?.isEmpty == true ? nil : leader,
                    compounds: r.strings("compounds"), location: r.location())
    }

    private static func readRotation(_ r: inout TOMLTableReader) -> RotationPattern? {
        let kindText = r.string("kind", required: true)
        let kind = kindText.flatMap(RotationPattern.Kind.init(rawValue:))
        if let kindText, kind == nil { r.problem("kind", Localized("kind“\(kindText)”应是 teams、members 或 places", "kind “\(kindText)” should be teams, members or places")) }
        let stepText = r.string("step") ?? "day"
        let step = RotationPattern.Step(rawValue: stepText)
        if step == nil { r.problem("step", Localized("step“\(stepText)”应是 day 或 shift", "step “\(stepText)” should be day or shift")) }
        var start: LocalDate?
        if let text = r.string("start") {
            start = LocalDate(parsing: text)
            if start == nil { r.problem("start", Localized("start“\(text)”不是有效日期（YYYY-MM-DD）", "start “\(text)” is not a valid date (YYYY-MM-DD)")) }
        }
        let checkpoint = r.string("checkpoint")
        let teams = r.strings("teams")
        let compounds = r.strings("compounds")
        let offset = r.int("offset") ?? 0
        guard let kind, let step else { return nil }
        return RotationPattern(kind: kind, checkpoint: checkpoint, teams: teams, compounds: compounds, step: step,
                               start: start, offset: offset, location: r.location())
    }
}
