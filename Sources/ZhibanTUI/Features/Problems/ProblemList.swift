import ZhibanModel
import ZhibanPlanning

/// Everything wrong with the roster, in slot order: every broken hard rule (from the planner's
/// rule checker) and every place left empty with the reasons nobody could take it.
struct ProblemList: Sendable {
    /// One problem.
    struct Entry: Hashable, Sendable {
        /// The slot it concerns.
        var slot: Slot
        /// A broken rule (true) or an empty place (false).
        var isBreak: Bool
        /// The rule's or the gap's short name: `休息不足`, `人数不足`.
        var title: Localized
        /// What the explanation is made from.
        var explanation: Explanation
        /// The first person concerned, to put the cursor on.
        var person: String?

        /// The explanation, without the slot: `王伟 不能值 周六`. An empty place's reasons are
        /// summed up only here, for the rows on screen and in the language shown.
        func text(_ language: Language) -> String {
            switch explanation {
            case .broken(let detail): return detail(language)
            case .empty(let place): return place.explanation(language)
            }
        }
    }

    /// What an entry's explanation is made from.
    enum Explanation: Hashable, Sendable {
        /// A broken rule, said in both languages.
        case broken(Localized)
        /// An empty place, with everyone who could have been asked.
        case empty(UnfilledPlace)
    }

    /// The problems by date, then checkpoint and shift in the roster's order (breaks before gaps
    /// within a slot).
    let entries: [Entry]

    /// The problems of the whole roster.
    init(_ roster: Roster) {
        let breaks = RuleChecker(roster).violations().filter(\.isBreak).map { violation in
            Entry(slot: violation.slot, isBreak: true, title: violation.kind.title, explanation: .broken(violation.detail),
                  person: violation.people.first)
        }
        let gaps = Planner(roster).unfilledPlaces().map { place in
            Entry(slot: place.slot, isBreak: false, title: RuleViolation.Kind.understaffed.title,
                  explanation: .empty(place), person: nil)
        }
        let checkpointOrder = Dictionary(roster.checkpoints.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let shiftOrder = Dictionary(roster.shifts.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { a, _ in a })
        let key = { (slot: Slot) in
            (slot.date.dayNumber, checkpointOrder[slot.checkpoint] ?? Int.max, shiftOrder[slot.shift] ?? Int.max)
        }
        entries = (breaks + gaps).enumerated().sorted { a, b in
            let (left, right) = (key(a.element.slot), key(b.element.slot))
            if left != right { return left < right }
            if a.element.isBreak != b.element.isBreak { return a.element.isBreak }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// How many break a rule and how many are empty places.
    var counts: (breaks: Int, gaps: Int) {
        let breaks = entries.filter(\.isBreak).count
        return (breaks, entries.count - breaks)
    }

}
