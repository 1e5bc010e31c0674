import Foundation
import ReliabilityFixtures
import XCTest
import ZhibanModel
import ZhibanPlanning
@testable import ZhibanStorage
import ZhibanTUI
import ZhibanTestSupport

/// Issue 10, "Proof": every writing command killed with SIGKILL at random moments, 1,000 times
/// each (`ZHIBAN_KILLS` sets fewer for a quick run), in `KillLanes` side by side: the real
/// `zhiban import` and `zhiban rotate` processes, and the interface's own save path
/// (`EditingSession`, through `zhiban-crashtest interface-save-loop`). After every kill the
/// roster loads, for a reader and for a writer, as exactly the roster before the command or the
/// one it saves; a command that said it saved is never undone; the interface's work is on disk
/// or offered back whole by the recovery folder.
final class ReliabilityCrashDuringCommandsTests: XCTestCase {
    /// The seed of the random delays (each lane adds its number).
    static let seed: UInt64 = 20_221_110

    /// Where kills landed: the names counted in a report.
    private enum Landed {
        static let before = "before the save counted"
        static let unreported = "after it counted but before it was reported"
        static let reported = "after it was reported"
        static let cutCommit = "cut a commit part-way (a journal or new files left for the next writer)"
        static let offeredBack = "left unsaved work the next start offers back"
    }

    /// Fails the test with every failure of `report` and prints where the kills landed.
    private func finish(_ name: String, _ report: KillLanes.Report, started: Date) {
        let counts = [Landed.before, Landed.unreported, Landed.reported, Landed.cutCommit, Landed.offeredBack]
            .compactMap { key in report.counts[key].map { "\($0) \(key)" } }
        print("\(name) crash test (seed \(Self.seed), \(KillLanes.count) lanes, \(Int(Date().timeIntervalSince(started))) s): "
            + "\(KillLanes.kills) kills: " + counts.joined(separator: ", "))
        for failure in report.failures.prefix(20) { XCTFail(failure) }
        XCTAssertGreaterThan(report.counts[Landed.before] ?? 0, 0, "no kill came before a save counted: the kills were too late")
        XCTAssertGreaterThan(report.counts[Landed.reported] ?? 0, 0, "no kill came after a save was reported: the kills were too early")
    }

    /// A roster folder holding `roster`, removed by the test's end.
    private static func folder(holding roster: Roster) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("zhiban-crash-command")
        _ = try KillLanes.exclusively { try RosterStore.create(folder: folder.url, roster: roster) }
        return folder
    }

    /// Waits (5 s at most) until process `pid` has ended, so its lock is surely gone.
    private static func waitUntilGone(_ pid: Int32) {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")"), !stat[close...].hasPrefix(") Z") {
            usleep(1_000)
        }
    }

    /// `roster` with its duties in slot order, as the files keep them.
    private static func sorted(_ roster: Roster) -> Roster {
        var sorted = roster
        sorted.sortDuties()
        return sorted
    }

    /// Files a kill may leave, besides the roster's own, its backups and the lock: none, once a
    /// writer has opened the folder.
    private static func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            ![RosterLock.fileName, RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties].contains($0)
                && !$0.hasSuffix(FileCommit.backupSuffix)
        }.sorted()
    }

    /// One command to kill: for the roster on disk, its arguments, the roster on disk as it
    /// starts (the step may set one up) and the roster it saves when it runs to its end. `scratch`
    /// is a folder of the lane's own for anything else (a sheet to import).
    private typealias Step = (_ kill: Int, _ onDisk: Roster, _ folder: URL, _ scratch: URL) throws
        -> (arguments: [String], before: Roster, after: Roster)

    /// Runs `zhiban` as `step` says, `kills` times in one folder, each killed after a random delay
    /// up to a little more than an uncut run takes; `reportLine` is what it prints once saved.
    private static func killRepeatedly(lane: Int, kills: Int, reportLine: String, _ step: Step) throws -> KillLanes.Report {
        let zhiban = try BuiltProducts.path("zhiban")
        let folder = try Self.folder(holding: try BundledExample.station.roster())
        let scratch = try TemporaryFolder("zhiban-crash-scratch")
        defer {
            folder.remove()
            scratch.remove()
        }
        var random = SeededGenerator(seed: seed + UInt64(lane))
        var report = KillLanes.Report()
        // One uncut run first: how long the command takes here, so the kills spread over all of it.
        var onDisk = sorted(try RosterStore(folder: folder.url, readOnly: true).roster)
        let started = Date()
        let first = try step(0, onDisk, folder.url, scratch.url)
        let uncut = try KillLanes.exclusively { try ChildProcess(zhiban, first.arguments) }.finish()
        let longestDelay = UInt32(Date().timeIntervalSince(started) * 1.3 * 1_000_000)
        report.check(uncut.status == 0 && uncut.stdout.contains(reportLine), "lane \(lane): an uncut run failed: \(uncut.stderr)")
        onDisk = sorted(try RosterStore(folder: folder.url, readOnly: true).roster)
        report.check(onDisk == sorted(first.after), "lane \(lane): an uncut run saved something else than the test expects")

        for kill in 1...max(1, kills) {
            let name = "lane \(lane), kill \(kill)"
            let (arguments, start, after) = try step(kill, onDisk, folder.url, scratch.url)
            let before = sorted(start)
            let expected = sorted(after)
            report.check(expected != before, "\(name): the command would change nothing")
            let child = try KillLanes.exclusively { try ChildProcess(zhiban, arguments) }
            usleep(UInt32.random(in: 0...longestDelay, using: &random))
            Glibc.kill(child.pid, SIGKILL)
            let end = child.finish()
            waitUntilGone(child.pid)
            report.check(end.signalled || end.status == 0, "\(name): the command failed: \(end.stderr)")
            if FileCommit(folder: folder.url.path).hasLeftovers { report.count(Landed.cutCommit) }

            let read = sorted(try RosterStore(folder: folder.url, readOnly: true).roster)
            report.check(read == before || read == expected, "\(name): a reader loaded neither the roster before nor the one saved")
            // A writer finishes an interrupted commit.
            let written = sorted(try KillLanes.exclusively { try RosterStore(folder: folder.url).roster })
            report.check(written == read, "\(name): a writer loaded another roster than the reader")
            let left = try leftovers(in: folder.url)
            report.check(left.isEmpty, "\(name): temporary files left behind: \(left)")
            if end.stdout.contains(reportLine) {
                report.check(written == expected, "\(name): the command said it saved, but the save is lost")
                report.count(Landed.reported)
            } else {
                report.count(written == expected ? Landed.unreported : Landed.before)
            }
            onDisk = written
            if report.failures.count > 20 { break }
        }
        return report
    }

    func testKilledImportLosesNothingItSaidItSaved() throws {
        try TestTier.skipIfQuick("1,000 kills during zhiban import")
        let started = Date()
        let report = KillLanes.run { lane, kills in
            // Each import brings every volunteer back with a new note: volunteers.csv changes each time.
            try Self.killRepeatedly(lane: lane, kills: kills, reportLine: "已导入：志愿者") { kill, before, folder, scratch in
                var imported = before
                for index in imported.volunteers.indices { imported.volunteers[index].note = "第\(kill)次导入" }
                let sheet = scratch.appendingPathComponent("volunteers.csv")
                try Data(RosterFiles.contents(of: imported).first { $0.name == RosterFiles.volunteers }!.bytes).write(to: sheet)
                return (["import", "--roster", folder.path, sheet.path], before, imported)
            }
        }
        finish("import", report, started: started)
    }

    func testKilledRotateLosesNothingItSaidItSaved() throws {
        try TestTier.skipIfQuick("1,000 kills during zhiban rotate")
        let started = Date()
        let first = LocalDate(year: 2022, month: 5, day: 1)!
        let report = KillLanes.run { lane, kills in
            // Each run plans three days of May; the duties are cleared first, so every run changes them.
            try Self.killRepeatedly(lane: lane, kills: kills, reportLine: "已保存。") { kill, before, folder, _ in
                var start = before
                if !start.duties.isEmpty {
                    start.duties = []
                    try KillLanes.exclusively { try RosterStore(folder: folder).save(start) }
                }
                let from = first.adding(days: kill % 28)
                let to = from.adding(days: 2)
                let planned = Planner(start).plan(PlanRequest(from: from, to: to)).roster
                return (["rotate", "--roster", folder.path, "--from", "\(from)", "--to", "\(to)"], start, planned)
            }
        }
        finish("rotate", report, started: started)
    }

    func testKilledInterfaceSaveLosesNeitherTheSavedNorTheUnsavedWork() throws {
        try TestTier.skipIfQuick("1,000 kills during the interface's save")
        let started = Date()
        let report = KillLanes.run { lane, kills in try Self.killInterfaceSaves(lane: lane, kills: kills) }
        finish("interface save", report, started: started)
        XCTAssertGreaterThan(report.counts[Landed.offeredBack] ?? 0, 0, "no kill fell between keeping and saving")
    }

    /// The interface's save path killed `kills` times in one folder: each kill lands after the
    /// work was kept for recovery, in the save that follows or the next keep.
    private static func killInterfaceSaves(lane: Int, kills: Int) throws -> KillLanes.Report {
        let tool = try BuiltProducts.path("zhiban-crashtest")
        // The station example (12 volunteers): each kill is cheap, and the files are still three.
        let example = BundledExample.station
        let folder = try Self.folder(holding: try RosterVersion.roster(0, of: example))
        defer { folder.remove() }
        let recovery = RecoveryFolder(rosterFolder: folder.url)
        var random = SeededGenerator(seed: seed + UInt64(lane))
        var report = KillLanes.Report()
        var version = 0
        // About one save and one keep here (measured at the first kill).
        var longestDelay: UInt32 = 50_000

        for kill in 1...max(1, kills) {
            let name = "lane \(lane), kill \(kill)"
            let child = try KillLanes.exclusively { try ChildProcess(tool, ["interface-save-loop", folder.url.path, example.rawValue]) }
            guard child.waitForLine(startingWith: "kept ") != nil else {
                report.failures.append("\(name): the saver did not start: \(child.finish().stderr)")
                break
            }
            if kill == 1 {
                let started = Date()
                report.check(child.waitForLine(startingWith: "saved ") != nil, "\(name): the saver never saved")
                longestDelay = UInt32(Date().timeIntervalSince(started) * 2 * 1_000_000)
            }
            usleep(UInt32.random(in: 0...longestDelay, using: &random))
            Glibc.kill(child.pid, SIGKILL)
            let end = child.finish()
            waitUntilGone(child.pid)
            report.check(end.signalled, "\(name): the saver ended by itself: \(end.stderr)")
            let lines = end.stdout.split(separator: "\n")
            let lastSaved = lines.last { $0.hasPrefix("saved ") }.flatMap { Int($0.dropFirst(6)) } ?? version
            let lastKept = lines.last { $0.hasPrefix("kept ") }.flatMap { Int($0.dropFirst(5)) } ?? version
            if FileCommit(folder: folder.url.path).hasLeftovers { report.count(Landed.cutCommit) }

            let read = try RosterVersion.number(of: try RosterStore(folder: folder.url, readOnly: true).roster, of: example)
            let written = try KillLanes.exclusively { try RosterStore(folder: folder.url).roster }
            guard let onDisk = try RosterVersion.number(of: written, of: example) else {
                report.failures.append("\(name): the roster on disk is no version")
                break
            }
            report.check(read == onDisk, "\(name): a writer loaded another version than the reader")
            report.check(onDisk == lastSaved || onDisk == lastSaved + 1, "\(name): version \(onDisk) on disk, \(lastSaved) saved")

            // What the next start offers back, restored onto the files as they are.
            var restored = onDisk
            if let kept = recovery.read() {
                let offer = RecoveryOffer(edited: kept.edited, base: kept.base, current: written)
                report.check(offer.notApplied.isEmpty, "\(name): part of the kept work would not apply: \(offer.notApplied.map(\.en))")
                if !offer.isEmpty {
                    let number = try RosterVersion.number(of: offer.restored, of: example)
                    report.check(number == onDisk + 1, "\(name): restoring gives version \(String(describing: number)) over \(onDisk)")
                    restored = number ?? onDisk
                    report.count(Landed.offeredBack)
                }
            }
            report.check(restored >= lastKept, "\(name): version \(lastKept) was kept for recovery, then lost")
            report.count(onDisk == lastSaved + 1 ? Landed.unreported : lastSaved > version ? Landed.reported : Landed.before)
            recovery.discard()  // as the next start does once the work is restored and saved, or declined
            let left = try leftovers(in: folder.url)
            report.check(left.isEmpty, "\(name): temporary files left behind: \(left)")
            version = onDisk
            if report.failures.count > 20 { break }
        }
        return report
    }
}
