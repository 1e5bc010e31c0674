// swift-tools-version:6.0
// zhiban: a keyboard-driven duty roster for community emergency work.
// Layers, from the centre outwards (each may import only those listed before it):
//   ZhibanModel → ZhibanStorage, ZhibanPlanning → ZhibanOutput → ZhibanTUI → ZhibanTerminal (curses) → zhiban
import PackageDescription

let package = Package(
    name: "zhiban",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "zhiban", targets: ["zhiban"]),
        .executable(name: "zhiban-bench", targets: ["zhiban-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Model and calendar maths: no dependencies at all.
        .target(name: "ZhibanModel"),
        // Plain files: the roster folder, spreadsheet import (CSV and .xlsx), atomic save, lock.
        .target(
            name: "ZhibanStorage",
            dependencies: [
                "ZhibanModel", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Examples")]
        ),
        // Rotation, auto-fill, rule checks, fairness figures, explanations.
        .target(name: "ZhibanPlanning", dependencies: ["ZhibanModel"]),
        // Text tables, Markdown, CSV, HTML, .xlsx workbooks, iCalendar, group-chat messages.
        .target(
            name: "ZhibanOutput",
            dependencies: ["ZhibanModel", "ZhibanPlanning", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // TUI core: state, reducer, views rendering into a cell grid. No curses here.
        .target(name: "ZhibanTUI", dependencies: ["ZhibanModel", "ZhibanPlanning", "ZhibanOutput"]),
        // The curses edge.
        .systemLibrary(name: "CNcursesw", pkgConfig: "ncursesw", providers: [.apt(["libncursesw5-dev"])]),
        .target(name: "ZhibanTerminal", dependencies: ["CNcursesw", "ZhibanModel", "ZhibanTUI"]),
        // The command line: the only place that wires the layers together.
        .executableTarget(
            name: "zhiban",
            dependencies: [
                "ZhibanModel", "ZhibanStorage", "ZhibanPlanning", "ZhibanOutput", "ZhibanTUI", "ZhibanTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixed-seed benchmark: community- and district-sized rosters, timings and memory.
        .executableTarget(
            name: "zhiban-bench",
            dependencies: ["ZhibanModel", "ZhibanStorage", "ZhibanPlanning", "ZhibanOutput", "ZhibanTUI", "PlanningFixtures"]
        ),
        // Test tools, not products. The versions of a roster the crash test writes and checks.
        .target(name: "ReliabilityFixtures", dependencies: ["ZhibanModel", "ZhibanStorage"], path: "Tests/Tools/ReliabilityFixtures"),
        // A process that saves, holds the lock or writes under a file-size limit, for the reliability tests to kill.
        .executableTarget(
            name: "zhiban-crashtest", dependencies: ["ZhibanModel", "ZhibanStorage", "ReliabilityFixtures"], path: "Tests/Tools/CrashTest"
        ),
        // Tight rosters from fixed seeds and the figures a solver reached on them (issue 15), and a tool writing them as folders.
        .target(name: "PlanningFixtures", dependencies: ["ZhibanModel", "ZhibanPlanning"], path: "Tests/Tools/PlanningFixtures"),
        .executableTarget(
            name: "zhiban-tight-rosters", dependencies: ["PlanningFixtures", "ZhibanStorage"], path: "Tests/Tools/TightRosterWriter"
        ),
        // The tests' own tools: one snapshot assertion (with record mode), one process runner, the quick tier's switch.
        .target(name: "ZhibanTestSupport", path: "Tests/Support"),
        .testTarget(name: "ZhibanModelTests", dependencies: ["ZhibanModel"]),
        .testTarget(
            name: "ZhibanStorageTests", dependencies: ["ZhibanModel", "ZhibanStorage", "ZhibanTestSupport"], resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "ZhibanPlanningTests", dependencies: ["ZhibanModel", "ZhibanPlanning", "ZhibanStorage", "PlanningFixtures"]),
        .testTarget(
            name: "ZhibanOutputTests", dependencies: ["ZhibanModel", "ZhibanOutput", "ZhibanPlanning", "ZhibanStorage", "ZhibanTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ZhibanTUITests", dependencies: ["ZhibanModel", "ZhibanPlanning", "ZhibanTUI", "ZhibanStorage", "ZhibanTestSupport"],
            exclude: ["Screens"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["ZhibanModel", "ZhibanStorage", "ZhibanTestSupport"]),
        // Crashes, failed writes, two editors, hostile text, size limits, privacy (issue 6; needs `swift build` first).
        .testTarget(
            name: "ReliabilityTests",
            dependencies: ["ZhibanModel", "ZhibanStorage", "ZhibanPlanning", "ZhibanOutput", "ZhibanTUI", "ReliabilityFixtures",
                           "ZhibanTestSupport"]
        ),
        // Package.swift itself: each target imports only what it declares. No dependencies; reads the sources as text.
        .testTarget(name: "PackageShapeTests"),
        .testTarget(name: "TestSupportTests", dependencies: ["ZhibanTestSupport"]),
    ]
)
