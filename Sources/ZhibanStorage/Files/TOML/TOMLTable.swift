/// One table of a TOML text as `TOMLParser` read it: its keys in the order written, each value
/// with the line its key is on, and the line of the table itself (its header, the `{` of an
/// inline table, the key that made it for a dotted one; 1 for the top level).
///
/// A class, so that the parser can keep adding to a table a header named earlier (`[a.b]` after
/// `[a.b.c]`, the next `[[shift]]`). Tables nest at most `TOMLParser.maximumDepth` deep.
final class TOMLTable {
    /// How a table came to be, which decides what may still be added to it (TOML 1.0).
    enum Origin {
        /// Named only as part of a longer header (`a` in `[a.b]`): a header may still define it once.
        case implicit
        /// Defined by its own header (`[a]`, `[[a]]`), or the top level.
        case header
        /// Made by a dotted key (`a.b = 1`): more dotted keys may add to it, a header may not define it.
        case dotted
        /// An inline table (`{ a = 1 }`), or a table inside one: complete once closed.
        case inline
    }

    var origin: Origin
    /// The line the table was defined on (see the type's comment).
    var line: Int
    /// How many tables it is inside (0 for the top level).
    let depth: Int
    /// The keys and their values, in the order they were written.
    private var entries: [(key: String, value: TOMLValue)] = []
    /// The position of each key in `entries`, once there are too many to look through.
    private var positions: [String: Int] = [:]
    private static let positionsFrom = 16

    init(origin: Origin, line: Int, depth: Int) {
        self.origin = origin
        self.line = line
        self.depth = depth
    }

    /// The keys, in the order they were written.
    var keys: [String] { entries.map(\.key) }

    /// The value of `key`, nil when the table has none.
    subscript(key: String) -> TOMLValue? {
        if entries.count < TOMLTable.positionsFrom {
            return entries.first { $0.key == key }?.value  // most tables have a handful of keys
        }
        return positions[key].map { entries[$0].value }
    }

    /// Adds `key`, which the table must not hold yet.
    func add(_ key: String, _ value: TOMLValue) {
        entries.append((key, value))
        if entries.count == TOMLTable.positionsFrom {
            for (position, entry) in entries.enumerated() { positions[entry.key] = position }
        } else if entries.count > TOMLTable.positionsFrom {
            positions[key] = entries.count - 1
        }
    }

    /// Marks a just-closed inline table, and the dotted tables inside it, complete.
    func freeze() {
        origin = .inline
        for entry in entries {
            if case .table(let table) = entry.value.content, table.origin == .dotted { table.freeze() }
        }
    }
}
