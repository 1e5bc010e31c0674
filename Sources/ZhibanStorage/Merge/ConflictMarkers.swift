/// Git's conflict markers in a file.
enum ConflictMarkers {
    /// Whether any line starts with `<<<<<<<`, `=======` alone, or `>>>>>>>`.
    static func present(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n").contains { line in
            line.hasPrefix("<<<<<<<") || line.hasPrefix(">>>>>>>") || line.trimmingWhitespace() == "======="
        }
    }
}
