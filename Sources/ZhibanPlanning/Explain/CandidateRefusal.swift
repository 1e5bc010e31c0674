import ZhibanModel

/// Why one person who could be asked for a place (a keeper, the reserve, or a team a rotation
/// names) is not on it.
public struct CandidateRefusal: Hashable, Sendable {
    /// The person.
    public let person: String
    /// Their team.
    public let team: String
    /// The rule that keeps them away; nil when nothing does (they are free to take it).
    public let refusal: PlacementRefusal?

    /// Creates a refusal.
    public init(person: String, team: String, refusal: PlacementRefusal?) {
        self.person = person
        self.team = team
        self.refusal = refusal
    }

    /// The kind of reason, for grouping: the rule, or nil when free.
    var category: RuleViolation.Kind? { refusal?.rule }

    /// `不能值 周六`, or `有空` when free.
    func reasonText(_ language: Language) -> String { (refusal?.text ?? Localized("有空", "free"))(language) }
}
