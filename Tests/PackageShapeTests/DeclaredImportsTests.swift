import Foundation
import XCTest

/// Each target imports only what Package.swift gives it: its declared dependencies and the
/// system's own modules. SwiftPM lets a dependency's dependencies through to the compiler, so a
/// layer can quietly lean on a module it never declared; this test reads Package.swift and every
/// target's sources and names the file and line of each such import.
final class DeclaredImportsTests: XCTestCase {
    /// Modules of the platform and toolchain, allowed everywhere.
    static let systemModules: Set<String> = [
        "Foundation", "FoundationEssentials", "FoundationNetworking", "FoundationXML", "Glibc", "Darwin", "Dispatch", "XCTest",
    ]

    func testEveryTargetImportsOnlyItsDeclaredDependencies() throws {
        let targets = try PackageManifest.read(PackageManifest.root.appendingPathComponent("Package.swift"))
        XCTAssertGreaterThan(targets.count, 10, "Package.swift's targets were not found")
        var problems: [String] = []
        for target in targets {
            let allowed = Self.systemModules.union(target.dependencies).union([target.name])
            let undeclared = try SwiftImports.scan(PackageManifest.root.appendingPathComponent(target.path)).filter { !allowed.contains($0.module) }
            // One line per module a target lacks, naming the first file that imports it.
            for module in Set(undeclared.map(\.module)).sorted() {
                let first = undeclared.filter { $0.module == module }.min { ($0.file, $0.line) < ($1.file, $1.line) }!
                problems.append("\(first.file):\(first.line): \(target.name) imports \(module), which Package.swift does not give it")
            }
        }
        XCTAssertTrue(problems.isEmpty, "\n" + problems.joined(separator: "\n"))
    }

    func testAnUndeclaredImportIsFound() throws {
        let manifest = """
            .target(name: "Inner"),
            .target(
                name: "Outer",
                dependencies: ["Inner", .product(name: "TOMLKit", package: "TOMLKit")],
                resources: [.copy("Examples")]
            ),
            .testTarget(name: "OuterTests", dependencies: ["Outer"], path: "Tests/Odd"),
            """
        let targets = PackageManifest.targets(in: manifest)
        XCTAssertEqual(targets.map(\.name), ["Inner", "Outer", "OuterTests"])
        XCTAssertEqual(targets[1].dependencies, ["Inner", "TOMLKit"])
        XCTAssertEqual(targets[1].path, "Sources/Outer")
        XCTAssertEqual(targets[2].path, "Tests/Odd")
        let source = "import Foundation\n@testable import Inner\nlet script = \"\"\"\nimport json\n\"\"\"\nimport struct Outer.Thing\n"
        XCTAssertEqual(SwiftImports.modules(in: source).map(\.module), ["Foundation", "Inner", "Outer"])
        XCTAssertEqual(SwiftImports.modules(in: source).map(\.line), [1, 2, 6])
    }
}
