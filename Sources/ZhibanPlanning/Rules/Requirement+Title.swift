import ZhibanModel

extension Requirement {
    /// Who counts towards it, as said after a count: `党员`, `会登记的人`.
    public var holderTitle: String {
        switch kind {
        case .partyMembers: return "党员"
        case .skill(let skill): return "会\(skill)的人"
        }
    }
}
