/// A volunteer (志愿者): a person who can be put on duty.
public struct Volunteer: Hashable, Sendable {
    /// Name, unique within a roster.
    public var name: String
    /// Mobile phone (11 digits in mainland China), or empty.
    public var phone: String
    /// Party member (党员).
    public var isPartyMember: Bool
    /// The team the person belongs to (所属队伍), or empty.
    public var team: String
    /// Role in that team: 支部书记, 组长, 队长, 楼栋长, 单元长, or empty.
    public var role: String
    /// Skills: 登记, 测温, 驾驶 …
    public var skills: [String]
    /// When the person cannot serve.
    public var unavailable: [Unavailability]
    /// When the person would like to serve or not (soft goals).
    public var wishes: [Wish]
    /// Free text.
    public var note: String
    /// The unit the person was sent from (单位, the employer of a 下沉干部), or empty.
    public var unit: String
    /// Where it was defined, for messages.
    public var location: SourceLocation?

    /// Creates a volunteer.
    public init(
        name: String, phone: String = "", isPartyMember: Bool = false, team: String = "", role: String = "",
        skills: [String] = [], unavailable: [Unavailability] = [], wishes: [Wish] = [], note: String = "", unit: String = "",
        location: SourceLocation? = nil
    ) {
        self.name = name
        self.phone = phone
        self.isPartyMember = isPartyMember
        self.team = team
        self.role = role
        self.skills = skills
        self.unavailable = unavailable
        self.wishes = wishes
        self.note = note
        self.unit = unit
        self.location = location
    }

    /// Whether the person leads their team (支部书记, 组长, 队长).
    public var isLeader: Bool { Volunteer.leaderRoles.contains(role) }

    /// Whether the person can serve this shift on this date, as far as their own limits go.
    public func isAvailable(on date: LocalDate, shift: Shift) -> Bool {
        !unavailable.contains { $0.excludes(date: date, shift: shift) }
    }

    /// The first limit that rules out this shift on this date, if any.
    public func unavailability(on date: LocalDate, shift: Shift) -> Unavailability? {
        unavailable.first { $0.excludes(date: date, shift: shift) }
    }

    /// How well a shift on a date suits the person's wishes: −1 for each wish against it, +1 for each wish for it.
    public func wishScore(on date: LocalDate, shift: Shift) -> Int {
        Wish.score(of: wishes, on: date, shift: shift)
    }

    /// Roles that lead a team.
    public static let leaderRoles: Set<String> = ["支部书记", "组长", "队长"]

    public static func == (lhs: Volunteer, rhs: Volunteer) -> Bool {
        lhs.name == rhs.name && lhs.phone == rhs.phone && lhs.isPartyMember == rhs.isPartyMember
            && lhs.team == rhs.team && lhs.role == rhs.role && lhs.skills == rhs.skills
            && lhs.unavailable == rhs.unavailable && lhs.wishes == rhs.wishes && lhs.note == rhs.note && lhs.unit == rhs.unit
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
