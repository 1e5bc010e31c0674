import Foundation

/// What each shift at a checkpoint needs, beyond its head count: `党员:1`, `登记:1`.
public struct Requirement: Hashable, Sendable, CustomStringConvertible {
    /// What is required.
    public enum Kind: Hashable, Sendable {
        /// At least N party members.
        case partyMembers
        /// At least N people with this skill.
        case skill(String)
    }

    /// What is required.
    public var kind: Kind
    /// At least how many people on the shift must have it.
    public var count: Int

    /// Creates a requirement.
    public init(kind: Kind, count: Int) {
        self.kind = kind
        self.count = count
    }

    /// The word used in the files: `党员` or the skill's name.
    public var label: String {
        switch kind {
        case .partyMembers: return Requirement.partyMemberLabel
        case .skill(let name): return name
        }
    }

    /// `党员:1` as written in the files.
    public var description: String { "\(label):\(count)" }

    /// Whether a volunteer counts towards this requirement.
    public func isMet(by volunteer: Volunteer) -> Bool { isMet(isPartyMember: volunteer.isPartyMember, skills: volunteer.skills) }

    /// Whether someone with these facts counts towards this requirement (for callers that read
    /// them where a volunteer is kept, without copying the volunteer).
    public func isMet(isPartyMember: Bool, skills: [String]) -> Bool {
        switch kind {
        case .partyMembers: return isPartyMember
        case .skill(let name): return skills.contains(name)
        }
    }

    /// Parses `党员:1`, `登记:1` (also with `：`, and `party:1` for party members).
    /// Returns nil when the text is not `kind:count` with a count of at least 1.
    public init?(parsing text: String) {
        let normalized = text.trimmingWhitespace().replacingOccurrences(of: "：", with: ":")
        let parts = normalized.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let name = String(parts[0]).trimmingWhitespace()
        guard !name.isEmpty, let count = Int(String(parts[1]).trimmingWhitespace()), count >= 1 else { return nil }
        let isParty = name == Requirement.partyMemberLabel || name.lowercased() == "party"
        self.init(kind: isParty ? .partyMembers : .skill(name), count: count)
    }

    /// The label that means "party member".
    public static let partyMemberLabel = "党员"
}
