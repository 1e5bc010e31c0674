import Foundation
import XCTest
import ZhibanModel
@testable import ZhibanStorage

/// Creating a roster in a folder whose `roster.toml` is missing (deleted by mistake, or only the
/// lists copied) used to write empty `volunteers.csv` and `duties.csv` over the lists there.
final class RosterCreationTests: XCTestCase {
    /// A folder holding the station example's lists (with a duty), without its roster.toml.
    private func listsWithoutDefinitions() throws -> (folder: URL, volunteers: Data, duties: Data) {
        let folder = Fixtures.temporaryFolder(self).appendingPathComponent("r")
        let store = try BundledExample.station.install(into: folder)
        var roster = store.roster
        roster.duties = [Duty(date: LocalDate(parsing: "2022-04-07")!, shift: "早班", checkpoint: "1号进站口", people: ["严杰"])]
        try store.save(roster)
        try FileManager.default.removeItem(at: folder.appendingPathComponent(RosterFiles.definitions))
        return (folder, try Data(contentsOf: folder.appendingPathComponent(RosterFiles.volunteers)),
                try Data(contentsOf: folder.appendingPathComponent(RosterFiles.duties)))
    }

    private func assertListsKept(_ folder: URL, _ volunteers: Data, _ duties: Data, line: UInt = #line) throws {
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(RosterFiles.volunteers)), volunteers, line: line)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(RosterFiles.duties)), duties, line: line)
    }

    func testCreatingAnEmptyRosterOverTheListsIsRefusedAndNamesThem() throws {
        let (folder, volunteers, duties) = try listsWithoutDefinitions()
        XCTAssertThrowsError(try RosterStore.create(folder: folder, roster: .empty(title: "新"))) { error in
            XCTAssertTrue("\(error)".contains("已有 volunteers.csv、duties.csv，不会覆盖它们"), "\(error)")
        }
        try assertListsKept(folder, volunteers, duties)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(RosterFiles.definitions).path))
    }

    func testRosterTOMLIsBuiltAroundTheListsWhichStayByteForByte() throws {
        let (folder, volunteers, duties) = try listsWithoutDefinitions()
        let lists = try XCTUnwrap(try ExistingLists.find(in: folder, title: "找回的值班表"))
        XCTAssertEqual(lists.files, [RosterFiles.volunteers, RosterFiles.duties])
        XCTAssertFalse(lists.hasDefinitionsBackup)
        let store = try RosterStore.create(folder: folder, roster: lists.roster, around: lists)
        try assertListsKept(folder, volunteers, duties)
        XCTAssertEqual(store.roster.settings.title, "找回的值班表")
        XCTAssertEqual(store.roster.volunteers.count, 12)
        XCTAssertEqual(store.roster.duties.map(\.people), [["严杰"]])
        XCTAssertEqual(store.roster.teams.map(\.name), ["火车站疫情监测工作突击队"], "a team for each 所属队伍")
        XCTAssertEqual(store.roster.teams.first?.leader, "严杰")
    }

    func testAListChangedAfterItWasFoundStopsTheCreation() throws {
        let (folder, _, _) = try listsWithoutDefinitions()
        let lists = try XCTUnwrap(try ExistingLists.find(in: folder, title: "t"))
        let changed = Data("\u{FEFF}姓名,手机,党员,所属队伍,职务,技能,不能值班,备注\n同事加的,13800000000,否,,,,,\n".utf8)
        try changed.write(to: folder.appendingPathComponent(RosterFiles.volunteers))
        XCTAssertThrowsError(try RosterStore.create(folder: folder, roster: lists.roster, around: lists)) { error in
            XCTAssertEqual(error as? RosterStoreError, .changedOnDisk(file: folder.relativePath + "/" + RosterFiles.volunteers))
        }
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent(RosterFiles.volunteers)), changed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent(RosterFiles.definitions).path))
    }

    func testABrokenListIsNamedNotBuiltOver() throws {
        let (folder, _, _) = try listsWithoutDefinitions()
        try Data("日期,班次,卡口,值班人员,锁定,备注\n4月7日,早班,1号进站口,严杰,否,\n".utf8)
            .write(to: folder.appendingPathComponent(RosterFiles.duties))
        XCTAssertThrowsError(try ExistingLists.find(in: folder, title: "t")) { error in
            XCTAssertTrue("\(error)".hasPrefix(folder.relativePath + "/duties.csv:2: "), "\(error)")
        }
    }

    func testOpeningSaysWhichListsAreThereAndWhereTheOldRosterTOMLIs() throws {
        let (folder, _, _) = try listsWithoutDefinitions()
        try Data("title = \"旧的\"\n".utf8).write(to: folder.appendingPathComponent("roster.toml.bak"))
        XCTAssertThrowsError(try RosterStore(folder: folder, readOnly: true)) { error in
            XCTAssertEqual("\(error)", "\(folder.relativePath)/roster.toml:0: 找不到值班表文件（这里只有 volunteers.csv、duties.csv）；"
                + "zhiban init 会为它们补上 roster.toml，名单原样保留。\(folder.relativePath)/roster.toml.bak 是它上次保存前的版本："
                + "误删的话，把它改名为 roster.toml 即可")
        }
        XCTAssertEqual(try ExistingLists.find(in: folder, title: "t")?.hasDefinitionsBackup, true)
    }

    func testAFolderWithRosterTOMLHasNoListsToBuildAround() throws {
        let folder = Fixtures.temporaryFolder(self).appendingPathComponent("r")
        _ = try BundledExample.station.install(into: folder)
        XCTAssertNil(try ExistingLists.find(in: folder, title: "t"))
        XCTAssertNil(try ExistingLists.find(in: Fixtures.temporaryFolder(self), title: "t"))
    }
}
