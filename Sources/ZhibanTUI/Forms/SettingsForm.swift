import Foundation
import ZhibanModel

/// The form for the roster's own settings, so that a roster built from nothing never needs
/// roster.toml edited by hand: the title, the time zone and the three hard rules.
enum SettingsForm {
    /// The fields, filled from the roster's settings.
    static func fields(for settings: RosterSettings) -> [FormField] {
        let rules = settings.rules
        return [
            FormField(Localized("标题", "Title"), settings.title, hint: Localized("印在每张表的顶上", "printed at the top of every sheet")),
            FormField(Localized("时区", "Time zone"), settings.timeZone, hint: Localized("Asia/Shanghai", "Asia/Shanghai")),
            FormField(Localized("两班间最少休息", "Least rest"), DurationText.text(rules.minRestMinutes), hint: Localized("8h、7h30m、90m", "8h, 7h30m, 90m")),
            FormField(Localized("夜班后最少休息", "Rest after nights"), DurationText.text(rules.minRestAfterNightMinutes),
                      hint: Localized("12h", "12h")),
            FormField(Localized("每天最多值班", "Most a day"), DurationText.text(rules.maxDutyMinutesPerDay), hint: Localized("12h", "12h")),
        ]
    }

    /// The problems of the values, by field.
    static func problems(_ values: [String]) -> FormCheck.Problems {
        var problems: FormCheck.Problems = [:]
        if values[0].isEmpty { problems[0] = Localized("请填写标题", "The title is required") }
        if TimeZone(identifier: values[1]) == nil {
            problems[1] = Localized("不认识的时区“\(values[1])”（例：Asia/Shanghai）", "Unknown time zone “\(values[1])” (e.g. Asia/Shanghai)")
        }
        for index in 2...4 where DurationText.minutes(values[index]) == nil {
            problems[index] = Localized("写成 8h、7h30m 或 90m，最多 \(DurationText.maximumMinutes / 60)h",
                                        "Write 8h, 7h30m or 90m, at most \(DurationText.maximumMinutes / 60)h")
        }
        return problems
    }

    /// The roster with the settings changed, and the words for the history.
    static func apply(_ values: [String], to roster: Roster) -> (Roster, Localized) {
        var edited = roster
        edited.settings.title = values[0]
        edited.settings.timeZone = values[1]
        edited.settings.rules = RosterRules(
            minRestMinutes: DurationText.minutes(values[2]) ?? roster.settings.rules.minRestMinutes,
            minRestAfterNightMinutes: DurationText.minutes(values[3]) ?? roster.settings.rules.minRestAfterNightMinutes,
            maxDutyMinutesPerDay: DurationText.minutes(values[4]) ?? roster.settings.rules.maxDutyMinutesPerDay)
        return (edited, Localized("修改标题和规则", "Changed the title and rules"))
    }
}
