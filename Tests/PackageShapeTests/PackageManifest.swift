import Foundation

/// The targets of Package.swift, read as text (running `swift package dump-package` inside a
/// test would fight the build for its lock).
struct PackageManifest {
    /// A target: its name, its folder relative to the package root, and the modules it depends on.
    struct Target: Equatable {
        var name: String
        var path: String
        var dependencies: [String]
    }

    /// The package root: three folders up from this file.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ url: URL) throws -> [Target] {
        targets(in: try String(contentsOf: url, encoding: .utf8))
    }

    /// Every `.target`, `.executableTarget` and `.testTarget` call in `manifest`.
    static func targets(in manifest: String) -> [Target] {
        let kinds = [(".target(", "Sources"), (".executableTarget(", "Sources"), (".testTarget(", "Tests")]
        var found: [(offset: Int, target: Target)] = []
        for (opening, folder) in kinds {
            var searchFrom = manifest.startIndex
            while let start = manifest.range(of: opening, range: searchFrom..<manifest.endIndex) {
                let call = balancedCall(in: manifest, from: start.upperBound)
                searchFrom = call.endIndex
                guard let name = firstString(after: "name:", in: call) else { continue }
                found.append((manifest.distance(from: manifest.startIndex, to: start.lowerBound),
                              Target(name: name, path: firstString(after: "path:", in: call) ?? "\(folder)/\(name)",
                                     dependencies: dependencies(in: call))))
            }
        }
        return found.sorted { $0.offset < $1.offset }.map(\.target)
    }

    /// The text of a call's arguments, up to its closing parenthesis.
    private static func balancedCall(in text: String, from start: String.Index) -> Substring {
        var depth = 1
        var index = start
        while index < text.endIndex {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1; if depth == 0 { break } }
            index = text.index(after: index)
        }
        return text[start..<index]
    }

    /// The first string literal after `label` in `call` (the `name:` of a target, not of a product).
    private static func firstString(after label: String, in call: Substring) -> String? {
        let withoutDependencies = call.replacingOccurrences(of: #"dependencies:\s*\[[^\]]*\]"#, with: "", options: .regularExpression)
        guard let labelRange = withoutDependencies.range(of: label) else { return nil }
        let rest = withoutDependencies[labelRange.upperBound...]
        guard let open = rest.firstIndex(of: "\"") else { return nil }
        let afterOpen = rest.index(after: open)
        guard let close = rest[afterOpen...].firstIndex(of: "\"") else { return nil }
        return String(rest[afterOpen..<close])
    }

    /// The module names of `dependencies: [...]`: target names, and products by their `name:`.
    private static func dependencies(in call: Substring) -> [String] {
        guard let list = call.range(of: #"dependencies:\s*\[[^\]]*\]"#, options: .regularExpression) else { return [] }
        let text = String(call[list]).replacingOccurrences(of: #"package:\s*"[^"]*""#, with: "", options: .regularExpression)
        let literal = try! NSRegularExpression(pattern: #""([^"]+)""#)
        return literal.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
