import ZhibanModel

/// One thing wrong with a slot, as the board shows it: the people it concerns (none when it is
/// about the slot as a whole, like a missing party member) and the explanation.
struct SlotProblem: Hashable, Sendable {
    /// The people whose placement breaks the rule; empty for a slot-wide problem.
    var people: [String]
    /// What is wrong, in words.
    var text: String
}

/// The problems of a roster by slot, for quick look-up while drawing.
struct SlotProblems: Sendable {
    private var bySlot: [Slot: [SlotProblem]] = [:]

    /// No problems.
    init() {}

    /// Records a problem.
    mutating func add(_ problem: SlotProblem, at slot: Slot) { bySlot[slot, default: []].append(problem) }

    /// The problems of one slot.
    func problems(at slot: Slot) -> [SlotProblem] { bySlot[slot] ?? [] }
}
