import ArgumentParser
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// `zhiban record DATE SHIFT CHECKPOINT PERSON --served|--absent|…` and `… --note TEXT`: one line
/// of the served record (工作实绩纪实), appended to `served/YYYY-MM.csv` under the roster's lock.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: HelpText.text("记录实际值班：到岗、缺岗、替班、迟到、早退、加班、交接班", "Record what actually happened on a duty."),
        discussion: HelpText.paragraphs("""
            只能记录今天或以前的班。更正就是再记一条：同一个班同一个人，后记的为准。
            例：zhiban record 2022-04-08 夜班 南门 王伟 --replaced-by 李娜 --reason 发烧
                zhiban record 2022-04-08 夜班 南门 --note "北侧栏杆松了，已报物业"
            """, """
            Only duties on or before today. A correction is a new entry: for one duty and person, the later entry wins.
            E.g. zhiban record 2022-04-08 夜班 南门 王伟 --replaced-by 李娜 --reason 发烧
                 zhiban record 2022-04-08 夜班 南门 --note "north railing loose, reported"
            """)
    )

    @OptionGroup var options: RosterOptions

    @Argument(help: ArgumentHelp(HelpText.text("值班日期（2022-04-08、4-8、4月8日、今天…）", "The duty's date (2022-04-08, 4-8, 4月8日, today…)."), valueName: "DATE"))
    var date: String
    @Argument(help: ArgumentHelp(HelpText.text("班次", "The shift."), valueName: "SHIFT"))
    var shift: String
    @Argument(help: ArgumentHelp(HelpText.text("卡口", "The checkpoint."), valueName: "CHECKPOINT"))
    var checkpoint: String
    @Argument(help: ArgumentHelp(HelpText.text("人员（交接班记录不写）", "The person (not for --note)."), valueName: "PERSON"))
    var person: String?

    @Flag(help: ArgumentHelp(HelpText.text("到岗（按计划值班）", "Served as planned.")))
    var served = false
    @Flag(help: ArgumentHelp(HelpText.text("缺岗", "Absent.")))
    var absent = false
    @Option(name: .customLong("replaced-by"), help: ArgumentHelp(HelpText.text("替班人", "Who stood in."), valueName: "NAME"))
    var replacedBy: String?
    @Option(help: ArgumentHelp(HelpText.text("迟到，实际到岗时间", "Arrived late, at."), valueName: "HH:MM"))
    var arrived: String?
    @Option(help: ArgumentHelp(HelpText.text("早退，实际离岗时间", "Left early, at."), valueName: "HH:MM"))
    var left: String?
    @Flag(help: ArgumentHelp(HelpText.text("加班（计划外顶班）", "Stood without being planned.")))
    var extra = false
    @Option(help: ArgumentHelp(HelpText.text("原因", "The reason."), valueName: "TEXT"))
    var reason: String?
    @Option(help: ArgumentHelp(HelpText.text("交接班记录", "A handover note for the next shift."), valueName: "TEXT"))
    var note: String?
    @Option(help: ArgumentHelp(HelpText.text("记录人（默认系统用户名）", "Who is entering this (default: the OS user)."), valueName: "NAME"))
    var by: String?

    func run() throws {
        let store = try options.openStore()
        let entry = ServedEntry(roster: store.roster, language: options.language)
        let day = try DateArgument.date(date, for: store.roster, language: entry.language)
        let rules = ServedEntryRules(store.roster, record: try ServedEntry.record(of: store, language: options.language), today: entry.today, now: entry.minute)
        try entry.refuse { try rules.requirePast(day) }
        let slot = try knownSlot(day, entry)
        let event = try self.event(slot: slot, rules: rules, entry: entry, recordedBy: try entry.recorder(by))
        try ServedEntry.save([event], in: store)
        let file = "\(ServedFolder.name)/\(ServedFolder.fileName(month: event.month))"
        print(entry.say("已记录：\(event.summary) → \(file)", "Recorded: \(event.summary) → \(file)"))
        // What happened is recorded whatever the rules say; a broken rule is said, not refused.
        Console.write(lines: rules.ruleWarnings(for: event).map { entry.say("警告：\($0.zh)", "warning: \($0.en)") }, to: .error)
    }

    /// The event the options describe, checked against the plan by the rules the interface uses too.
    private func event(slot: Slot, rules: ServedEntryRules, entry: ServedEntry, recordedBy: String) throws -> ServedEvent {
        let say = entry.say
        let outcomes = [served, absent, replacedBy != nil, arrived != nil, left != nil, extra].filter { $0 }.count
        if let note {
            guard person == nil, outcomes == 0, reason == nil else {
                throw CommandFailure.failed(say("--note 是给整个班的交接班记录：不写人员，也不和 --served 等同用",
                                                "--note is a handover note for the whole shift: no PERSON, no outcome"))
            }
            return try entry.refuse { try rules.note(on: slot, note, recordedAt: entry.now, recordedBy: recordedBy) }
        }
        guard let person else {
            throw CommandFailure.failed(say("要写人员 PERSON，或用 --note 写交接班记录", "Give PERSON, or a handover note with --note"))
        }
        guard outcomes == 1 else {
            throw CommandFailure.failed(say("请选且只选一个：--served、--absent、--replaced-by、--arrived、--left、--extra",
                                            "Choose exactly one of --served, --absent, --replaced-by, --arrived, --left, --extra"))
        }
        let report = try self.report(entry)
        return try entry.refuse {
            try rules.event(on: slot, person: person, report, reason: reason ?? "", recordedAt: entry.now, recordedBy: recordedBy)
        }
    }

    /// The one outcome flag given, as a report (times parsed).
    private func report(_ entry: ServedEntry) throws -> ServedReport {
        if let replacedBy { return .replaced(by: replacedBy) }
        if let text = arrived ?? left {
            guard let time = ClockTime(parsing: text) else {
                throw CommandFailure.failed(entry.say("时间“\(text)”无效，应为 HH:MM", "Invalid time “\(text)”, expected HH:MM"))
            }
            return arrived != nil ? .arrived(time) : .left(time)
        }
        return served ? .served : absent ? .absent : .extra
    }

    /// The slot named on the command line, refusing a shift or checkpoint the roster does not have.
    private func knownSlot(_ date: LocalDate, _ entry: ServedEntry) throws -> Slot {
        let roster = entry.roster
        guard roster.shift(named: shift) != nil else {
            let known = roster.shifts.map(\.name).joined(separator: "、")
            throw CommandFailure.failed(entry.say("没有班次“\(shift)”（有：\(known)）", "No shift “\(shift)” (there are: \(known))"))
        }
        guard let gate = roster.checkpoint(named: checkpoint) else {
            throw CommandFailure.failed(entry.say("没有卡口“\(checkpoint)”", "No checkpoint “\(checkpoint)”"))
        }
        guard gate.shifts.contains(shift) else {
            let known = gate.shifts.joined(separator: "、")
            throw CommandFailure.failed(entry.say("卡口 \(checkpoint) 没有 \(shift)（有：\(known)）",
                                                  "Checkpoint \(checkpoint) has no \(shift) (it has: \(known))"))
        }
        return Slot(date: date, shift: shift, checkpoint: checkpoint)
    }
}
