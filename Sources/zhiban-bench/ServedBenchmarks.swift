import Foundation
import ZhibanModel
import ZhibanOutput
import ZhibanPlanning
import ZhibanStorage

/// The served record's measurement: the district month planned (45,000 duties), 5,000 events
/// recorded against it in `served/2022-04.csv`, and the hours report made from the files.
enum ServedBenchmarks {
    /// Target: what the speed issue allows one command on the district (≤ 0.35 s).
    static let target = 0.35
    /// Events recorded.
    static let events = 5_000

    /// What `zhiban report hours --format html` does once the roster is loaded: read the month
    /// file, resolve it, count, and write the report by person.
    static let district = BenchMeasurement(
        name: "served-district",
        summary: "hours report of the district month: \(DistrictRoster.checkpoints * 2 * 30) duties, \(events) events, "
            + "read, counted and reported by person (target < \(target) s)"
    ) {
        let roster = Planner(DistrictRoster.make(seed: 2022)).plan(PlanningBenchmarks.april).roster
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("zhiban-bench-served-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        try writeRecord(for: roster, into: folder)
        let today = PlanningBenchmarks.april.to
        let cpuBefore = cpuSeconds()
        let (readSeconds, events) = try BenchMeasurement.time { try ServedFolder.events(in: folder) }
        let (tallySeconds, tally) = BenchMeasurement.time {
            ServedTally(roster, record: ServedRecord(events), from: PlanningBenchmarks.april.from, to: today, today: today)
        }
        let (reportSeconds, table) = BenchMeasurement.time { () -> HoursTable in
            let table = HoursTable(title: roster.settings.title, tally: tally, grouping: .person)
            _ = HoursRenderer.html(table)
            return table
        }
        let cpu = cpuSeconds() - cpuBefore
        let teams = HoursTable(title: roster.settings.title, tally: tally, grouping: .team)
        let seconds = readSeconds + tallySeconds + reportSeconds
        print("  \(roster.duties.count) duties, \(events.count) events: \(BenchMeasurement.format(seconds: seconds)) "
              + "(read \(BenchMeasurement.format(seconds: readSeconds)), resolve and count \(BenchMeasurement.format(seconds: tallySeconds)), "
              + "the HTML report by person \(BenchMeasurement.format(seconds: reportSeconds))), CPU time \(BenchMeasurement.format(seconds: cpu)); "
              + "\(table.rows.count - 1) people, \(teams.rows.count - 1) teams, total \(table.rows.last![4]) h served")
        // CPU time, not wall-clock: on the shared 2-core machine the load makes the wall clock
        // several times longer than the work (both are printed).
        if cpu >= target { throw BenchFailure(description: "served report target missed") }
    }

    /// The CPU time this process has used, in seconds.
    private static func cpuSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Writes the month's events as `served/2022-04.csv` into the roster folder `folder`.
    static func writeRecord(for roster: Roster, into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(ServedFolder.name), withIntermediateDirectories: true)
        let lines = records(for: roster).map { ServedTable.line($0) + "\n" }.joined()
        try Data((ServedTable.fileStart + lines).utf8).write(to: folder.appendingPathComponent("served/2022-04.csv"))
    }

    /// 5,000 events on random duties of the month, fixed seed: mostly 到岗, then 缺岗, 替班, 迟到,
    /// 早退, 加班; a handover note now and then; every day but the last five closed.
    private static func records(for roster: Roster) -> [ServedEvent] {
        var random = SeededGenerator(seed: 13)
        let kinds: [ServedEventKind] = [.served, .served, .served, .absent, .replaced, .arrived, .left, .extra, .note]
        var result: [ServedEvent] = []
        while result.count < events - 25 {
            let duty = roster.duties[Int.random(in: 0..<roster.duties.count, using: &random)]
            guard let person = duty.people.first else { continue }
            let kind = kinds[Int.random(in: 0..<kinds.count, using: &random)]
            let stranger = roster.volunteers[Int.random(in: 0..<roster.volunteers.count, using: &random)].name
            var event = ServedEvent(recordedAt: "2022-04-30 21:00:00", recordedBy: "网格员", date: duty.date, shift: duty.shift,
                                    checkpoint: duty.checkpoint, person: person, kind: kind, text: kind == .note ? "一切正常" : "")
            switch kind {
            case .replaced: event.substitute = stranger
            case .extra: event.person = stranger
            case .arrived, .left:
                let start = roster.shift(named: duty.shift)!.start.minutes
                event.time = ClockTime(minutes: (start + (kind == .arrived ? 60 : 600)) % 1440)
            case .note: event.person = ""
            default: break
            }
            result.append(event)
        }
        for day in 1...25 {
            result.append(ServedEvent(recordedAt: "2022-04-30 22:00:00", recordedBy: "网格员",
                                      date: LocalDate(year: 2022, month: 4, day: day)!, kind: .close))
        }
        return result
    }
}
