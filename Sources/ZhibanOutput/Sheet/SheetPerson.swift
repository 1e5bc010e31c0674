import ZhibanModel

/// A person as printed on a sheet: name, phone and the marks that go beside the name.
public struct SheetPerson: Hashable, Sendable {
    /// The name, as in the roster.
    public var name: String
    /// The phone, or empty (always empty when phones are left out).
    public var phone: String
    /// The team, or empty.
    public var team: String
    /// Leads a team (支部书记, 组长, 队长, or named as a team's leader).
    public var isLeader: Bool
    /// Party member (党员).
    public var isPartyMember: Bool

    /// Creates a person.
    public init(name: String, phone: String = "", team: String = "", isLeader: Bool = false, isPartyMember: Bool = false) {
        self.name = name
        self.phone = phone
        self.team = team
        self.isLeader = isLeader
        self.isPartyMember = isPartyMember
    }

    /// The marks that apply, with nothing for those that don't: `★☆`, `☆`, `★` or empty.
    public var marks: String {
        (isLeader ? PersonMarks.leader : "") + (isPartyMember ? PersonMarks.partyMember : "")
    }

    /// A fixed two-column mark field followed by the name, so names line up in a text table.
    public var markedNameAligned: String {
        (isLeader ? PersonMarks.leader : " ") + (isPartyMember ? PersonMarks.partyMember : " ") + name
    }

    /// The marks followed by the name: `★☆夏红文`, `于世`.
    public var markedName: String { marks + name }
}

/// The marks printed beside names, and the legend that explains them.
///
/// Both marks are single-column symbols in the model's width table (as in glibc's `wcwidth`),
/// print in monochrome and are not markup in Markdown, CSV or HTML.
public enum PersonMarks {
    /// Marks a team leader (支部书记, 组长, 队长).
    public static let leader = "★"
    /// Marks a party member (党员).
    public static let partyMember = "☆"
    /// An open place: a line to write a name on.
    public static let openPlace = "________"
    /// The legend line printed under every sheet's title.
    public static let legend = "★ 负责人  ☆ 党员  ________ 空位请手写"
    /// The legend where an open place is an empty bordered cell (HTML).
    public static let legendForBlankCells = "★ 负责人  ☆ 党员  空白格 空位请手写"
}
