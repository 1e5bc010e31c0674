import Foundation
import ZhibanModel

/// The form for the roster's own settings, so that a roster built from nothing never needs
/// roster.toml edited by hand: the title, the time zone and the three hard rules.
struct SettingsForm: RosterEditForm {
    enum Field: FormFieldName {
        case title, timeZone, leastRest, restAfterNights, mostADay

        var label: Localized {
            switch self {
            case .title: return Localized("标题", "Title")
            case .timeZone: return Localized("时区", "Time zone")
            case .leastRest: return Localized("两班间最少休息", "Least rest")
            case .restAfterNights: return Localized("夜班后最少休息", "Rest after nights")
            case .mostADay: return Localized("每天最多值班", "Most a day")
            }
        }

        var hint: Localized {
            switch self {
            case .title: return Localized("印在每张表的顶上", "printed at the top of every sheet")
            case .timeZone: return Localized("Asia/Shanghai", "Asia/Shanghai")
            case .leastRest: return Localized("8h、7h30m、90m", "8h, 7h30m, 90m")
            case .restAfterNights, .mostADay: return Localized("12h", "12h")
            }
        }

        /// The three durations.
        static let durations: [Field] = [.leastRest, .restAfterNights, .mostADay]
    }

    let opening: FormValues<Field>

    /// The form filled from the roster's settings.
    init(_ settings: RosterSettings) {
        let rules = settings.rules
        opening = FormValues([
            .title: settings.title, .timeZone: settings.timeZone, .leastRest: DurationText.text(rules.minRestMinutes),
            .restAfterNights: DurationText.text(rules.minRestAfterNightMinutes), .mostADay: DurationText.text(rules.maxDutyMinutesPerDay),
        ])
    }

    var title: Localized { Localized("标题和规则", "Title and rules") }

    func problems(_ values: FormValues<Field>, roster: Roster, near reference: LocalDate?) -> [Field: Localized] {
        var problems: [Field: Localized] = [:]
        if values[.title].isEmpty { problems[.title] = Localized("请填写标题", "The title is required") }
        let zone = values[.timeZone]
        if TimeZone(identifier: zone) == nil {
            problems[.timeZone] = Localized("不认识的时区“\(zone)”（例：Asia/Shanghai）", "Unknown time zone “\(zone)” (e.g. Asia/Shanghai)")
        }
        for field in Field.durations where DurationText.minutes(values[field]) == nil {
            problems[field] = Localized("写成 8h、7h30m 或 90m，最多 \(DurationText.maximumMinutes / 60)h",
                                        "Write 8h, 7h30m or 90m, at most \(DurationText.maximumMinutes / 60)h")
        }
        return problems
    }

    /// The roster with the settings changed, and the words for the history.
    func apply(_ values: FormValues<Field>, to roster: Roster, near reference: LocalDate?) -> (Roster, Localized) {
        var edited = roster
        let rules = roster.settings.rules
        edited.settings.title = values[.title]
        edited.settings.timeZone = values[.timeZone]
        edited.settings.rules = RosterRules(
            minRestMinutes: DurationText.minutes(values[.leastRest]) ?? rules.minRestMinutes,
            minRestAfterNightMinutes: DurationText.minutes(values[.restAfterNights]) ?? rules.minRestAfterNightMinutes,
            maxDutyMinutesPerDay: DurationText.minutes(values[.mostADay]) ?? rules.maxDutyMinutesPerDay)
        return (edited, Localized("修改标题和规则", "Changed the title and rules"))
    }

    func recordName(_ values: FormValues<Field>) -> String? { nil }
}
