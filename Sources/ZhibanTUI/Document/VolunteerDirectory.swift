import ZhibanModel

/// Fast look-ups of the roster's volunteers by name, and the search index built from them,
/// kept in step with the roster as it is edited.
public struct VolunteerDirectory: Sendable {
    /// The volunteers the directory describes.
    public private(set) var volunteers: [Volunteer] = []
    private var positions: [String: Int] = [:]
    private var index = PersonSearchIndex()
    /// Other names (checkpoints, teams) spelled in pinyin with their initials, once each.
    private var spelledNames: [String: String] = [:]

    /// An empty directory.
    public init() {}

    /// Makes sure the directory describes these volunteers (cheap when they did not change).
    public mutating func update(for volunteers: [Volunteer]) {
        guard volunteers != self.volunteers else { return }
        self.volunteers = volunteers
        positions = [:]
        for (position, volunteer) in volunteers.enumerated() where positions[volunteer.name] == nil {
            positions[volunteer.name] = position
        }
    }

    /// The volunteer with this name.
    public func volunteer(named name: String) -> Volunteer? { positions[name].map { volunteers[$0] } }

    /// Builds the search index if the volunteers changed since it was last built (slow the first
    /// time: every name is spelled in pinyin).
    public mutating func prepareSearch() { index.update(for: volunteers) }

    /// Takes a search index built elsewhere (on another thread) when it describes these
    /// volunteers and this directory's own is not built yet.
    public mutating func adopt(_ built: PersonSearchIndex) {
        guard built.isBuilt(for: volunteers), !index.isBuilt(for: volunteers) else { return }
        index = built
    }

    /// Positions of the volunteers matching a query (`prepareSearch()` first).
    public func search(_ query: String) -> [Int] { index.matches(query) }

    /// Whether the named volunteer matches a query (`prepareSearch()` first).
    public func matches(_ query: String, name: String) -> Bool {
        guard let position = positions[name] else { return name.localizedLowercaseContains(query) }
        return index.matches(query, at: position)
    }

    /// Whether `text` holds every word of a query, or `name` (a checkpoint's or a team's) does
    /// in pinyin or initials: `xfl` and `xingfuli` find 幸福里东门.
    public mutating func matches(_ query: String, text: String, spelling name: String) -> Bool {
        if text.localizedLowercaseContains(query) { return true }
        let spelled = spelledNames[name] ?? {
            let spelling = index.spelled(name)
            let joined = spelling.full + "\u{1}" + spelling.initials
            spelledNames[name] = joined
            return joined
        }()
        return (text + "\u{1}" + spelled).localizedLowercaseContains(query)
    }

    /// The pinyin spelling of a name, for sorting.
    public mutating func spelling(of name: String) -> String { index.spelling(of: name) }
}

extension String {
    /// Case-insensitive containment, for text that has no search index (checkpoint names).
    func localizedLowercaseContains(_ query: String) -> Bool {
        let words = query.lowercased().split(whereSeparator: \.isWhitespace)
        let haystack = lowercased()
        return words.allSatisfy { haystack.contains($0) }
    }
}
