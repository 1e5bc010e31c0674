/// A `zhiban` command the command benchmark times, and its target against the Python read.
struct CommandUnderTest: Sendable {
    /// Name in the benchmark's output.
    let name: String
    /// The command line after `zhiban`, given the folder to work on and the district's folders.
    let arguments: @Sendable (String, DistrictFolders) -> [String]
    /// The most time allowed, as a multiple of the Python read (nil: `fixedTarget` seconds).
    let ratioTarget: Double?
    /// The most time allowed in seconds when there is no ratio.
    let fixedTarget: Double
    /// Whether each run needs a fresh folder: the roster without duties (rotate) or an empty one (import).
    let needs: Folder

    /// The folder a run works on.
    enum Folder: Sendable { case planned, unplanned, empty }

    /// The most time allowed, in seconds.
    func target(python: Double) -> Double { ratioTarget.map { $0 * python } ?? fixedTarget }

    /// Every command timed, in the order printed.
    static let all: [CommandUnderTest] = [
        reading("print 2022-04-07") { ["print", "--roster", $0, "2022-04-07"] },
        reading("export duties (day)") { ["export", "duties", "--roster", $0, "--from", "2022-04-07", "--to", "2022-04-07"] },
        reading("notify 2022-04-08") { ["notify", "--roster", $0, "2022-04-08"] },
        reading("stats (month)") { ["stats", "--roster", $0] },
        reading("check") { ["check", "--roster", $0] },
        reading("report hours (month)") { ["report", "hours", "--roster", $0, "--from", "2022-04-01", "--to", "2022-04-30"] },
        CommandUnderTest(name: "rotate (month)", arguments: { folder, _ in ["rotate", "--roster", folder, "--from", "2022-04-01", "--to", "2022-04-30"] },
                         ratioTarget: 2.5, fixedTarget: 0, needs: .unplanned),
        CommandUnderTest(name: "import spreadsheets", arguments: { folder, district in ["import", "--roster", folder, district.spreadsheets.path] },
                         ratioTarget: nil, fixedTarget: 1, needs: .empty),
    ]

    /// A command that only reads the planned month: at most the Python read.
    private static func reading(_ name: String, _ arguments: @escaping @Sendable (String) -> [String]) -> CommandUnderTest {
        CommandUnderTest(name: name, arguments: { folder, _ in arguments(folder) }, ratioTarget: 1, fixedTarget: 0, needs: .planned)
    }
}
