import ZhibanModel
import ZhibanPlanning

/// What a re-plan would change, shown before anything is applied: the summary and the places
/// that would still be empty with the reasons first (what an organizer must act on), then the
/// duties added, removed and moved.
public struct ReplanPreview: Sendable {
    /// The dates (and checkpoint) re-planned.
    public let request: PlanRequest
    /// The roster the plan would give.
    let planned: Roster
    /// The preview's lines.
    public let lines: [String]
    /// The first line shown.
    public internal(set) var scroll = 0

    /// The words for the undo history.
    let label: Localized

    /// Runs the planner on `roster` and describes the result; nil when it would change nothing.
    init?(planning request: PlanRequest, on roster: Roster, language: Language) {
        self.init(result: Planner(roster).plan(request), of: request, language: language)
    }

    /// Describes a plan's result; nil when it changes nothing. `heading` comes first and `label`
    /// names the step (by default the re-planned dates).
    init?(result: PlanResult, of request: PlanRequest, language: Language, heading: [String] = [], label: Localized? = nil) {
        guard !result.changes.isEmpty else { return nil }
        self.request = request
        let range = "\(request.from)–\(request.to)" + (request.checkpoint.map { " \($0)" } ?? "")
        self.label = label ?? Localized("重新排班 \(range)", "Re-planned \(range)")
        planned = result.roster
        let count = { (kind: DutyChange.Kind) in result.changes.filter { $0.kind == kind }.count }
        var lines = heading + [
            Localized("新增 \(count(.added))，移除 \(count(.removed))，调动 \(count(.moved))；仍空缺 \(result.emptyPlaces) 个位置",
                      "\(count(.added)) added, \(count(.removed)) removed, \(count(.moved)) moved; \(result.emptyPlaces) places still empty")(language),
            "",
        ]
        let stillEmpty = result.unfilled.map { $0.text(language) } + result.shortfalls.map { $0.text(language) }
        if !stillEmpty.isEmpty {
            lines += [Localized("仍空缺：", "Still empty:")(language)] + stillEmpty + [""]
        }
        lines += result.warnings.map { $0(language) }
        lines += [Localized("改动：", "Changes:")(language)] + result.changes.map { $0.text(language) }
        self.lines = lines
    }
}
