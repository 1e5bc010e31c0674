/// A group or team: 党小组, 突击队, 机动组, 志愿服务队, a temporary branch (临时党支部) …
///
/// Members are not stored here: a volunteer names their team, so membership has one source.
public struct Team: Hashable, Sendable {
    /// Unique name, e.g. `第三党小组`.
    public var name: String
    /// The kind of team, e.g. `党小组`, `突击队`, `机动组`.
    public var kind: String
    /// The leader's name (组长, 队长 or 支部书记), if any.
    public var leader: String?
    /// The compounds (小区) the team is responsible for.
    public var compounds: [String]
    /// Where it was defined, for messages.
    public var location: SourceLocation?

    /// Creates a team.
    public init(name: String, kind: String, leader: String? = nil, compounds: [String] = [], location: SourceLocation? = nil) {
        self.name = name
        self.kind = kind
        self.leader = leader
        self.compounds = compounds
        self.location = location
    }

    /// Guesses the kind from the team's name, as organizers name them: `第三党小组` → `党小组`.
    public static func kind(guessedFrom name: String) -> String {
        let known = ["临时党支部", "党支部", "党小组", "先锋队", "突击队", "机动组", "志愿服务队", "保障队", "值守组", "综合组"]
        if let match = known.first(where: { name.contains($0) }) { return match }
        if name.contains("物资保障") { return "保障队" }
        if name.contains("志愿者") { return "志愿服务队" }
        if name.contains("楼栋") || name.contains("单元") { return "楼栋单元长" }
        return "队伍"
    }

    public static func == (lhs: Team, rhs: Team) -> Bool {
        lhs.name == rhs.name && lhs.kind == rhs.kind && lhs.leader == rhs.leader && lhs.compounds == rhs.compounds
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
