import ZhibanModel

/// Text meant to break an output: terminal escapes, a bidi override, markup, formula starts.
enum Hostile {
    /// A name with an ANSI escape, a bidi override, a pipe, HTML and a line break.
    static let name = "坏\u{1B}[31m人\u{202E}|<b>&\"'\n"

    /// The sample roster with one more volunteer on duty whose name, team and phone are hostile.
    static func roster() -> Roster {
        var roster = SampleRoster.make()
        roster.volunteers.append(Volunteer(name: name, phone: "=HYPERLINK(\"http://x\")", isPartyMember: false, team: "@team"))
        roster.duties[roster.duties.firstIndex { $0.date == SampleRoster.day && $0.checkpoint == "江岸名邸南门" }!]
            .people.append(name)
        return roster
    }
}
