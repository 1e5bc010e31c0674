import ZhibanModel

/// Finds volunteers by what an organizer types: part of the name, the pinyin (`wang`) or its
/// initials (`wzl` finds 王中理), the team, the role, a skill or the phone number. Several words
/// must all match.
///
/// Built once per list of volunteers; a query then scans precomputed lowercase bytes, fast
/// enough to filter 17,000 people on every keystroke.
public struct PersonSearchIndex: Sendable {
    /// The volunteers the index was built for (compared cheaply: arrays share storage until edited).
    public private(set) var volunteers: [Volunteer] = []
    private var haystacks: [[UInt8]] = []
    private var speller = PinyinSpeller()

    /// An empty index.
    public init() {}

    /// Makes sure the index describes these volunteers, rebuilding only when they changed.
    public mutating func update(for volunteers: [Volunteer]) {
        guard !isBuilt(for: volunteers) else { return }
        self.volunteers = volunteers
        haystacks = volunteers.map { volunteer in
            let spelled = speller.spell(volunteer.name)
            let fields = [volunteer.name, spelled.full, spelled.initials, volunteer.team, volunteer.role, volunteer.phone]
                + volunteer.skills
            return Array(fields.joined(separator: "\u{1}").lowercased().utf8)
        }
    }

    /// Whether the index describes exactly these volunteers.
    public func isBuilt(for volunteers: [Volunteer]) -> Bool {
        volunteers == self.volunteers && haystacks.count == volunteers.count
    }

    /// Positions (in `volunteers`) of everyone matching `query`, in order; everyone when empty.
    public func matches(_ query: String) -> [Int] {
        let words = query.lowercased().split(whereSeparator: \.isWhitespace).map { Array($0.utf8) }
        guard !words.isEmpty else { return Array(volunteers.indices) }
        return haystacks.indices.filter { index in
            words.allSatisfy { PersonSearchIndex.contains(haystacks[index], $0) }
        }
    }

    /// Whether the volunteer at `position` matches `query`.
    public func matches(_ query: String, at position: Int) -> Bool {
        guard haystacks.indices.contains(position) else { return false }
        let words = query.lowercased().split(whereSeparator: \.isWhitespace).map { Array($0.utf8) }
        return words.allSatisfy { PersonSearchIndex.contains(haystacks[position], $0) }
    }

    /// The pinyin spelling of a name, for sorting by pinyin.
    public mutating func spelling(of name: String) -> String { speller.spell(name).full }

    /// The pinyin of any name (a checkpoint's, a team's) and its initials.
    public mutating func spelled(_ name: String) -> (full: String, initials: String) { speller.spell(name) }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }
}
