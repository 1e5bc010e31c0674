import ZhibanModel

/// Writes the definitions of a roster (settings, rules, shifts, checkpoints, teams, rotations)
/// as `roster.toml`: a fixed order of tables and keys, so saving an unchanged roster gives the
/// same bytes and a change shows as a small diff. Each table is also written on its own, for a
/// save that rewrites only the tables that changed (`TOMLDocument`).
public enum RosterTOMLWriter {
    /// The comment at the top of a new file.
    static let headComment = "# zhiban 值班表：可以直接编辑。格式说明见 Docs/file-format.md。\n# 志愿者在 volunteers.csv，排班在 duties.csv。\n"

    /// The whole `roster.toml` text.
    public static func text(for roster: Roster) -> String {
        var out = headComment + settings(roster.settings)
        out += "\n" + rules(roster.settings.rules)
        if !roster.settings.notifyClosing.isEmpty { out += "\n" + notify(closing: roster.settings.notifyClosing) }
        if roster.settings.commitOnSave { out += "\n" + sharing(commitOnSave: true) }
        for shift in roster.shifts { out += "\n" + self.shift(shift) }
        for checkpoint in roster.checkpoints { out += "\n" + self.checkpoint(checkpoint) }
        for team in roster.teams { out += "\n" + self.team(team) }
        for rotation in roster.rotations { out += "\n" + self.rotation(rotation) }
        return out
    }

    /// The top-level keys: title and time zone.
    static func settings(_ settings: RosterSettings) -> String {
        TOMLText.lines([
            ("title", TOMLText.string(settings.title)),
            ("time_zone", TOMLText.string(settings.timeZone)),
        ])
    }

    /// The `[rules]` table.
    static func rules(_ rules: RosterRules) -> String {
        "[rules]\n" + TOMLText.lines([
            ("min_rest", TOMLText.string(DurationText.text(rules.minRestMinutes))),
            ("min_rest_after_night", TOMLText.string(DurationText.text(rules.minRestAfterNightMinutes))),
            ("max_duty_per_day", TOMLText.string(DurationText.text(rules.maxDutyMinutesPerDay))),
            ("max_days_in_a_row", rules.maxDaysInARow.map(String.init)),
            ("min_days_off_per_week", rules.minDaysOffPerWeek.map(String.init)),
            ("max_nights_in_a_row", rules.maxNightsInARow.map(String.init)),
            ("max_hours_per_week", rules.maxMinutesPerWeek.map { TOMLText.string(DurationText.text($0)) }),
        ])
    }

    /// The `[notify]` table: the closing line of every chat message.
    static func notify(closing: String) -> String {
        "[notify]\n" + TOMLText.lines([("closing", TOMLText.string(closing))])
    }

    /// The `[sharing]` table: whether each save is also a git commit.
    static func sharing(commitOnSave: Bool) -> String {
        "[sharing]\n" + TOMLText.lines([("commit_on_save", commitOnSave ? "true" : "false")])
    }

    /// One `[[shift]]` table.
    static func shift(_ shift: Shift) -> String {
        "[[shift]]\n" + TOMLText.lines([
            ("name", TOMLText.string(shift.name)),
            ("start", TOMLText.string(shift.start.description)),
            ("end", TOMLText.string(shift.end.description)),
        ])
    }

    /// One `[[checkpoint]]` table.
    static func checkpoint(_ checkpoint: Checkpoint) -> String {
        "[[checkpoint]]\n" + TOMLText.lines([
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

    /// One `[[team]]` table.
    static func team(_ team: Team) -> String {
        "[[team]]\n" + TOMLText.lines([
            ("name", TOMLText.string(team.name)),
            ("kind", TOMLText.string(team.kind)),
            ("leader", team.leader.map(TOMLText.string)),
            ("compounds", team.compounds.isEmpty ? nil : TOMLText.array(team.compounds)),
        ])
    }

    /// One `[[rotation]]` table.
    static func rotation(_ rotation: RotationPattern) -> String {
        "[[rotation]]\n" + TOMLText.lines([
            ("kind", TOMLText.string(rotation.kind.rawValue)),
            ("checkpoint", rotation.checkpoint.map(TOMLText.string)),
            ("teams", rotation.teams.isEmpty ? nil : TOMLText.array(rotation.teams)),
            ("compounds", rotation.compounds.isEmpty ? nil : TOMLText.array(rotation.compounds)),
            ("step", TOMLText.string(rotation.step.rawValue)),
            ("start", rotation.start.map { TOMLText.string($0.description) }),
            ("offset", rotation.offset == 0 ? nil : String(rotation.offset)),
        ])
    }
}
