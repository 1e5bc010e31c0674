import ZhibanModel

/// One person in a line of words: name, phone, team, role, skills, then every rule broken, in
/// full. The pick list's detail and the day board's detail line say a person the same way.
enum PersonDetail {
    /// `王中理 17010000001 南门值守组 组长 技能：登记 ！休息不足：…`.
    static func text(_ volunteer: Volunteer, problems: [String], language: Language) -> String {
        var parts = [volunteer.name + (volunteer.isPartyMember ? Localized("（党员）", " (party member)")(language) : "")]
        parts.append(volunteer.phone.isEmpty ? Localized("无手机号", "no phone")(language) : volunteer.phone)
        if !volunteer.team.isEmpty { parts.append(volunteer.team) }
        if !volunteer.role.isEmpty { parts.append(volunteer.role) }
        if !volunteer.skills.isEmpty { parts.append(Localized("技能：", "skills: ")(language) + volunteer.skills.joined(separator: ";")) }
        var text = parts.joined(separator: "  ")
        if !problems.isEmpty { text += "  " + Marks.problem + problems.joined(separator: Localized("；", "; ")(language)) }
        return text
    }
}
