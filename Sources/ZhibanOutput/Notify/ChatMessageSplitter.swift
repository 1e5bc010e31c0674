/// Splits a long chat message into numbered parts that each fit the chat's length limit.
///
/// Lengths are counted in characters, as chat apps count them. Each part starts with `(i/n) `
/// and repeats the message's header lines, so every part makes sense alone; body lines are
/// never split unless one alone is longer than a part can hold.
public struct ChatMessageSplitter: Sendable {
    /// The most characters a part may have.
    public var limit: Int

    /// Creates a splitter (a limit below 100 is raised to 100, room for a header and some text).
    public init(limit: Int) {
        self.limit = max(100, limit)
    }

    /// Room kept for the `(i/n) ` prefix (up to 99 parts).
    static let prefixRoom = "(99/99) ".count

    /// The parts: the message whole when it fits, else numbered parts.
    public func split(header: [String], body: [String]) -> [String] {
        let whole = (header + body).joined(separator: "\n")
        guard whole.count > limit else { return [whole] }
        let headerText = header.joined(separator: "\n")
        let capacity = limit - Self.prefixRoom - headerText.count - 1
        var chunks: [[String]] = []
        var current: [String] = []
        var used = 0
        for line in body.flatMap({ pieces(of: $0, capacity: capacity) }) {
            let cost = line.count + (current.isEmpty ? 0 : 1)
            if used + cost > capacity, !current.isEmpty {
                while current.last?.isEmpty == true { current.removeLast() }
                chunks.append(current)
                current = []
                used = 0
            }
            if current.isEmpty, line.isEmpty { continue }  // no part starts with a blank line
            used += line.count + (current.isEmpty ? 0 : 1)
            current.append(line)
        }
        if !current.isEmpty { chunks.append(current) }
        return chunks.enumerated().map { number, lines in
            "(\(number + 1)/\(chunks.count)) " + headerText + "\n" + lines.joined(separator: "\n")
        }
    }

    /// A line cut into pieces of at most `capacity` characters.
    private func pieces(of line: String, capacity: Int) -> [String] {
        guard line.count > capacity else { return [line] }
        var pieces: [String] = []
        var rest = Substring(line)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(capacity)))
            rest = rest.dropFirst(capacity)
        }
        return pieces
    }
}
