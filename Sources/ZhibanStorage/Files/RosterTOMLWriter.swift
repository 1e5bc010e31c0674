import ZhibanModel

/// Writes the definitions of a roster (settings, rules, shifts, checkpoints, teams, rotations)
/// as `roster.toml`: a fixed order of tables and keys, so saving an unchanged roster gives the
/// same bytes and a change shows as a small diff.
public enum RosterTOMLWriter {
    /// The whole `roster.toml` text.
    public static func text(for roster: Roster) -> String {
        let rules = roster.settings.rules
        var out = "# zhiban 值班表：可以直接编辑。格式说明见 Docs/file-format.md。\n"
        out += "# 志愿者在 volunteers.csv，排班在 duties.csv。\n"
        out += TOMLText.lines([
            ("title", TOMLText.string(roster.settings.title)),
            ("time_zone", TOMLText.string(roster.settings.timeZone)),
        ])
        out += "\n[rules]\n" + TOMLText.lines([
            ("min_rest", TOMLText.string(DurationText.text(rules.minRestMinutes))),
            ("min_rest_after_night", TOMLText.string(DurationText.text(rules.minRestAfterNightMinutes))),
            ("max_duty_per_day", TOMLText.string(DurationText.text(rules.maxDutyMinutesPerDay))),
        ])
        if !roster.settings.notifyClosing.isEmpty {
            out += "\n[notify]\n" + TOMLText.lines([("closing", TOMLText.string(roster.settings.notifyClosing))])
        }
        for shift in roster.shifts {
            out += "\n[[shift]]\n" + TOMLText.lines([
                ("name", TOMLText.string(shift.name)),
                ("start", TOMLText.string(shift.start.description)),
                ("end", TOMLText.string(shift.end.description)),
            ])
        }
        for checkpoint in roster.checkpoints {
            out += "\n[[checkpoint]]\n" + TOMLText.lines([
                ("name", TOMLText.string(checkpoint.name)),
                ("compound", TOMLText.string(checkpoint.compound)),
                ("hours", TOMLText.string(checkpoint.hoursText)),
                ("shifts", TOMLText.array(checkpoint.shifts)),
                ("people", String(checkpoint.peoplePerShift)),
                ("requires", checkpoint.requirements.isEmpty ? nil : TOMLText.array(checkpoint.requirements.map(\.description))),
                ("keepers", TOMLText.array(checkpoint.keepers)),
                ("reserve", checkpoint.reserve.map(TOMLText.string)),
            ])
        }
        for team in roster.teams {
            out += "\n[[team]]\n" + TOMLText.lines([
                ("name", TOMLText.string(team.name)),
                ("kind", TOMLText.string(team.kind)),
                ("leader", team.leader.map(TOMLText.string)),
                ("compounds", team.compounds.isEmpty ? nil : TOMLText.array(team.compounds)),
            ])
        }
        for rotation in roster.rotations {
            out += "\n[[rotation]]\n" + TOMLText.lines([
                ("kind", TOMLText.string(rotation.kind.rawValue)),
                ("checkpoint", rotation.checkpoint.map(TOMLText.string)),
                ("teams", rotation.teams.isEmpty ? nil : TOMLText.array(rotation.teams)),
                ("compounds", rotation.compounds.isEmpty ? nil : TOMLText.array(rotation.compounds)),
                ("step", TOMLText.string(rotation.step.rawValue)),
                ("start", rotation.start.map { TOMLText.string($0.description) }),
                ("offset", rotation.offset == 0 ? nil : String(rotation.offset)),
            ])
        }
        return out
    }
}
