import ZhibanModel

extension Requirement {
    /// `count` of its holders: `2 名党员` / `2 party members`, `1 名会测温的人` / `1 person with 测温`.
    func holders(_ count: Int) -> Localized {
        switch kind {
        case .partyMembers:
            return Localized("\(count) 名党员", count == 1 ? "1 party member" : "\(count) party members")
        case .skill(let skill):
            return Localized("\(count) 名会\(skill)的人", count == 1 ? "1 person with \(skill)" : "\(count) people with \(skill)")
        }
    }
}
