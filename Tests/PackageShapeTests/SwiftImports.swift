import Foundation

/// The `import` lines of Swift sources, outside multi-line string literals (a Python script kept
/// in a Swift string has `import json` lines of its own).
enum SwiftImports {
    /// One import: the module, and where it is.
    struct Found: Equatable {
        var module: String
        var file: String
        var line: Int
    }

    /// Every import in the `.swift` files under `folder`.
    static func scan(_ folder: URL) throws -> [Found] {
        guard let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var found: [Found] = []
        for case let url as URL in files where url.pathExtension == "swift" {
            let relative = url.path.replacingOccurrences(of: PackageManifest.root.path + "/", with: "")
            found += modules(in: try String(contentsOf: url, encoding: .utf8)).map {
                Found(module: $0.module, file: relative, line: $0.line)
            }
        }
        return found
    }

    /// The imported modules of one source text, with their line numbers.
    static func modules(in source: String) -> [(module: String, line: Int)] {
        let pattern = try! NSRegularExpression(pattern: #"^\s*(?:@\w+\s+)*import\s+(?:(?:struct|class|enum|protocol|func|var|let|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)"#)
        var insideString = false
        var result: [(String, Int)] = []
        for (index, line) in source.components(separatedBy: "\n").enumerated() {
            if line.components(separatedBy: "\"\"\"").count % 2 == 0 { insideString.toggle(); continue }
            guard !insideString,
                  let match = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
                  let module = Range(match.range(at: 1), in: line) else { continue }
            result.append((String(line[module]), index + 1))
        }
        return result
    }
}
