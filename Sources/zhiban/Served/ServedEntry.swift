import Foundation
import ZhibanModel
import ZhibanPlanning
import ZhibanStorage

/// What the served-record commands share: who is entering (`--by`, or the OS user), the moment
/// in the roster's zone, the rule that only days up to today can be recorded, and reading the record.
struct ServedEntry {
    /// The roster.
    let roster: Roster
    /// Today in the roster's zone.
    let today: LocalDate
    /// The language of the messages.
    let language: Language

    init(roster: Roster, language: Language) {
        self.roster = roster
        self.language = language
        today = DateArgument.today(in: roster.settings.timeZone)
    }

    /// A message in the language asked for.
    func say(_ zh: String, _ en: String) -> String { Localized(zh, en)(language) }

    /// The minute now in the roster's zone, as `TimeSpan` counts: a day closes once its shifts end.
    var minute: Int { LocalDate.wallClockMinute(inTimeZone: roster.settings.timeZone) }

    /// `2022-04-08 21:03:05`: now, in the roster's zone.
    var now: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: roster.settings.timeZone) ?? .current
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: Date())
    }

    /// Runs a check of the served-record rules, ending the command with its refusal, in the language asked for.
    func refuse<Value>(_ check: () throws -> Value) throws -> Value {
        do {
            return try check()
        } catch let refusal as ServedEntryRefusal {
            throw CommandFailure.failed(refusal.message(language))
        }
    }

    /// The name to record as the one entering: `--by`, else the OS user name.
    func recorder(_ by: String?) throws -> String {
        let name = (by ?? NSUserName()).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw CommandFailure.failed(say("--by 不能为空", "--by must name someone")) }
        return name
    }

    /// The served record of an open roster; a file that cannot be read ends the command (status 2), reported in `language`.
    static func record(of store: RosterStore, language: Language) throws -> ServedRecord {
        do {
            return try store.servedRecord()
        } catch {
            throw CommandFailure.unreadable(error, language)
        }
    }

    /// Saves events; a failure ends the command with the old files intact.
    static func save(_ events: [ServedEvent], in store: RosterStore) throws {
        do {
            try store.record(events)
        } catch {
            throw CommandFailure.failed("\(error)")
        }
    }
}

