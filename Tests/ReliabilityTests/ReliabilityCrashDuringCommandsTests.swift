import Foundation
import ReliabilityFixtures
import XCTest
import ZhibanModel
import ZhibanPlanning
@testable import ZhibanStorage
import ZhibanTUI

/// Issue 10, "Proof": every writing command killed with SIGKILL at random moments, 1,000 times
/// each (`ZHIBAN_KILLS` sets fewer for a quick run): the real `zhiban import` and `zhiban rotate`
/// processes, and the interface's own save path (`EditingSession`, through `zhiban-crashtest
/// interface-save-loop`). After every kill the roster loads, for a reader and for a writer, as
/// exactly the roster before the command or the one it saves; a command that said it saved is
/// never undone; the interface's work is on disk or offered back whole by the recovery folder.
final class ReliabilityCrashDuringCommandsTests: XCTestCase {
    /// Kills per command.
    static let kills = ProcessInfo.processInfo.environment["ZHIBAN_KILLS"].flatMap(Int.init) ?? 1_000
    /// The seed of the random delays.
    static let seed: UInt64 = 20_221_110

    /// Where the kills landed, for the report.
    private struct Tally: CustomStringConvertible {
        var kills = 0
        var untouched = 0
        var unfinishedCommits = 0
        var savedUnreported = 0
        var reported = 0

        var description: String {
            "\(kills) kills: \(untouched) before the save counted, \(savedUnreported) after it counted but before it was reported, "
                + "\(reported) after it was reported; \(unfinishedCommits) cut a commit part-way (a journal or new files left for the next writer)"
        }
    }

    /// A roster folder holding the bundled station example.
    private func stationFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("zhiban-crash-command")
        _ = try RosterStore.create(folder: folder.url, roster: try BundledExample.station.roster())
        return folder
    }

    /// `roster` with its duties in slot order, as the files keep them.
    private func sorted(_ roster: Roster) -> Roster {
        var sorted = roster
        sorted.sortDuties()
        return sorted
    }

    /// Files a kill may leave, besides the roster's own, its backups and the lock: none, once a
    /// writer has opened the folder.
    private func leftovers(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            ![RosterLock.fileName, RosterFiles.definitions, RosterFiles.volunteers, RosterFiles.duties].contains($0)
                && !$0.hasSuffix(FileCommit.backupSuffix)
        }.sorted()
    }

    /// Runs `zhiban ARGUMENTS` `kills` times, each killed after a random delay up to a little more
    /// than an uncut run takes. `next` gives, for the roster on disk, the arguments, the roster on
    /// disk as the command starts (it may set one up) and the roster the command saves when it
    /// runs to its end; `reportLine` is what it prints once saved.
    private func killRepeatedly(
        in folder: URL, reportLine: String,
        _ next: (_ kill: Int, _ onDisk: Roster) throws -> (arguments: [String], before: Roster, after: Roster)
    ) throws -> Tally {
        let zhiban = try BuiltProducts.path("zhiban")
        var random = SeededGenerator(seed: Self.seed)
        var tally = Tally()
        var onDisk = sorted(try RosterStore(folder: folder, readOnly: true).roster)
        // One uncut run first: how long the command takes here, so the kills spread over all of it.
        let started = Date()
        let first = try next(0, onDisk)
        let uncut = try ChildProcess.run(zhiban, first.arguments)
        XCTAssertEqual(uncut.status, 0, uncut.stderr)
        XCTAssertTrue(uncut.stdout.contains(reportLine), uncut.stdout)
        let longestDelay = UInt32(Date().timeIntervalSince(started) * 1.3 * 1_000_000)
        onDisk = sorted(try RosterStore(folder: folder, readOnly: true).roster)
        XCTAssertEqual(onDisk, sorted(first.after), "an uncut run saves what the test expects")

        for kill in 1...Self.kills {
            let (arguments, start, after) = try next(kill, onDisk)
            let before = sorted(start)
            let expected = sorted(after)
            XCTAssertNotEqual(expected, before, "kill \(kill): the command would change nothing")
            let child = try ChildProcess(zhiban, arguments)
            usleep(UInt32.random(in: 0...longestDelay, using: &random))
            Glibc.kill(child.pid, SIGKILL)
            let end = child.finish()
            let reported = end.stdout.contains(reportLine)
            XCTAssertTrue(end.signalled || end.status == 0, "kill \(kill): the command failed: \(end.stderr)")
            tally.kills += 1
            if FileCommit(folder: folder.path).hasLeftovers { tally.unfinishedCommits += 1 }

            let read = sorted(try RosterStore(folder: folder, readOnly: true).roster)
            XCTAssertTrue(read == before || read == expected, "kill \(kill): a reader loaded neither the roster before nor the one saved")
            let written = sorted(try RosterStore(folder: folder).roster)  // a writer finishes an interrupted commit
            XCTAssertEqual(written, read, "kill \(kill): a writer loaded another roster than the reader")
            XCTAssertEqual(try leftovers(in: folder), [], "kill \(kill): temporary files left behind")
            if reported {
                XCTAssertEqual(written, expected, "kill \(kill): the command said it saved, but the save is lost")
                tally.reported += 1
            } else if written == expected {
                tally.savedUnreported += 1
            } else {
                tally.untouched += 1
            }
            onDisk = written
            if testRun?.failureCount ?? 0 > 20 { XCTFail("too many failures; stopping at kill \(kill)"); break }
        }
        return tally
    }

    func testKilledImportLosesNothingItSaidItSaved() throws {
        let folder = try stationFolder()
        defer { folder.remove() }
        let sheet = folder.url.deletingLastPathComponent().appendingPathComponent("\(folder.url.lastPathComponent).csv")
        defer { try? FileManager.default.removeItem(at: sheet) }
        // Each import brings every volunteer back with a new note: volunteers.csv changes each time.
        let tally = try killRepeatedly(in: folder.url, reportLine: "已导入：志愿者") { kill, before in
            var imported = before
            for index in imported.volunteers.indices { imported.volunteers[index].note = "第\(kill)次导入" }
            let bytes = RosterFiles.contents(of: imported).first { $0.name == RosterFiles.volunteers }!.bytes
            try Data(bytes).write(to: sheet)
            return (["import", "--roster", folder.url.path, sheet.path], before, imported)
        }
        print("import crash test (seed \(Self.seed)): \(tally)")
        XCTAssertGreaterThan(tally.reported + tally.savedUnreported, 0, "no kill came after a save: the kills were too early")
        XCTAssertGreaterThan(tally.untouched, 0, "no kill came before the save: the kills were too late")
    }

    func testKilledRotateLosesNothingItSaidItSaved() throws {
        let folder = try stationFolder()
        defer { folder.remove() }
        let first = LocalDate(year: 2022, month: 5, day: 1)!
        // Each run plans three days of May; the planned month is cleared first, so every run changes it.
        let tally = try killRepeatedly(in: folder.url, reportLine: "已保存。") { kill, before in
            var start = before
            if !start.duties.isEmpty {
                start.duties = []
                try RosterStore(folder: folder.url).save(start)
            }
            let from = first.adding(days: kill % 28)
            let to = from.adding(days: 2)
            let planned = Planner(start).plan(PlanRequest(from: from, to: to)).roster
            return (["rotate", "--roster", folder.url.path, "--from", "\(from)", "--to", "\(to)"], start, planned)
        }
        print("rotate crash test (seed \(Self.seed)): \(tally)")
        XCTAssertGreaterThan(tally.reported + tally.savedUnreported, 0, "no kill came after a save: the kills were too early")
        XCTAssertGreaterThan(tally.untouched, 0, "no kill came before the save: the kills were too late")
    }

    func testKilledInterfaceSaveLosesNeitherTheSavedNorTheUnsavedWork() throws {
        let tool = try BuiltProducts.path("zhiban-crashtest")
        let folder = try TemporaryFolder("zhiban-crash-interface")
        defer { folder.remove() }
        // The station example (12 volunteers): each kill is cheap, and the files are still three.
        let example = BundledExample.station
        _ = try RosterStore.create(folder: folder.url, roster: try RosterVersion.roster(0, of: example))
        let recovery = RecoveryFolder(rosterFolder: folder.url)
        var random = SeededGenerator(seed: Self.seed)
        var tally = Tally()
        var offeredBack = 0
        var version = 0
        // About one save and one keep here (measured at the first kill): each kill lands after a
        // keep, in the save that follows it or in the next keep.
        var longestDelay: UInt32 = 50_000

        for kill in 1...Self.kills {
            let child = try ChildProcess(tool, ["interface-save-loop", folder.url.path, example.rawValue])
            guard child.waitForLine(startingWith: "kept ") != nil else {
                return XCTFail("kill \(kill): the saver did not start: \(child.finish().stderr)")
            }
            if kill == 1 {
                let started = Date()
                XCTAssertNotNil(child.waitForLine(startingWith: "saved "))
                longestDelay = UInt32(Date().timeIntervalSince(started) * 2 * 1_000_000)
            }
            usleep(UInt32.random(in: 0...longestDelay, using: &random))
            Glibc.kill(child.pid, SIGKILL)
            let end = child.finish()
            XCTAssertTrue(end.signalled, "kill \(kill): the saver ended by itself: \(end.stderr)")
            let lines = end.stdout.split(separator: "\n")
            let lastSaved = lines.last { $0.hasPrefix("saved ") }.flatMap { Int($0.dropFirst(6)) } ?? version
            let lastKept = lines.last { $0.hasPrefix("kept ") }.flatMap { Int($0.dropFirst(5)) } ?? version
            tally.kills += 1
            if FileCommit(folder: folder.url.path).hasLeftovers { tally.unfinishedCommits += 1 }

            let read = try RosterVersion.number(of: try RosterStore(folder: folder.url, readOnly: true).roster, of: example)
            let written = try RosterStore(folder: folder.url).roster
            let onDisk = try RosterVersion.number(of: written, of: example)
            XCTAssertEqual(onDisk, read, "kill \(kill): a writer loaded another version than the reader")
            guard let onDisk else { XCTFail("kill \(kill): the roster on disk is no version"); break }
            XCTAssertTrue(onDisk == lastSaved || onDisk == lastSaved + 1, "kill \(kill): version \(onDisk) on disk, \(lastSaved) saved")

            // What the next start offers back, restored onto the files as they are.
            var restored = onDisk
            if let kept = recovery.read() {
                let offer = RecoveryOffer(edited: kept.edited, base: kept.base, current: written)
                XCTAssertEqual(offer.notApplied, [], "kill \(kill): part of the kept work would not apply")
                if !offer.isEmpty {
                    let number = try RosterVersion.number(of: offer.restored, of: example)
                    XCTAssertEqual(number, onDisk + 1, "kill \(kill): restoring gives version \(String(describing: number)) over \(onDisk)")
                    restored = number ?? onDisk
                    offeredBack += 1
                }
            }
            XCTAssertGreaterThanOrEqual(restored, lastKept, "kill \(kill): version \(lastKept) was kept for recovery, then lost")
            if onDisk == lastSaved + 1 { tally.savedUnreported += 1 } else if lastSaved > version { tally.reported += 1 } else { tally.untouched += 1 }
            recovery.discard()  // as the next start does once the work is restored and saved, or declined
            XCTAssertEqual(try leftovers(in: folder.url), [], "kill \(kill): temporary files left behind")
            version = onDisk
            if testRun?.failureCount ?? 0 > 20 { return XCTFail("too many failures; stopping at kill \(kill)") }
        }
        print("interface save crash test (seed \(Self.seed)): \(tally); \(offeredBack) kills left unsaved work the next start offers back")
        XCTAssertGreaterThan(offeredBack, 0, "no kill fell between keeping and saving")
    }
}

