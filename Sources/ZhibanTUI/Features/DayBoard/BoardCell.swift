import ZhibanModel

/// One shift at one checkpoint on the day board, with a place for each person it needs (and
/// one more for each extra person typed in).
struct BoardCell: Sendable {
    /// The slot.
    var slot: Slot
    /// Whether the duty is pinned (the planner leaves it alone).
    var isPinned: Bool
    /// The places, filled ones first.
    var places: [BoardPlace]
    /// What is wrong with the slot as a whole (a missing party member, too few people).
    var problems: [String]
    /// Who stood without being planned (加班), shown after the places (the cursor does not stop on them).
    var extras: [String]

    /// Builds a cell from the duty recorded for the slot (if any).
    init(slot: Slot, duty: Duty?, checkpoint: Checkpoint, directory: VolunteerDirectory, problems: [SlotProblem],
         served: ServedRecord = ServedRecord([])) {
        self.slot = slot
        isPinned = duty?.pinned ?? false
        let people = duty?.people ?? []
        var places = people.map { name -> BoardPlace in
            let volunteer = directory.volunteer(named: name)
            let isReserve = volunteer.map { checkpoint.reserve == $0.team && !checkpoint.keepers.contains($0.team) } ?? false
            let broken = problems.filter { $0.people.contains(name) }.map(\.text)
            let isPinned = duty?.pinned == false && duty?.pinnedPeople.contains(name) == true
            let mark = ServedMark(planned: served.entry(slot, name), dayClosed: served.closedDates.contains(slot.date))
            return BoardPlace(person: name, volunteer: volunteer, isReserve: isReserve, isPinned: isPinned, problems: broken, served: mark)
        }
        while places.count < BoardCell.placeCount(people: people.count, checkpoint: checkpoint) {
            places.append(BoardPlace(person: nil, volunteer: nil, isReserve: false, isPinned: false, problems: [], served: nil))
        }
        self.places = places
        self.problems = problems.filter { $0.people.isEmpty }.map(\.text)
        extras = (served.entries[slot] ?? [:]).filter { $0.value.outcome?.kind == .extra && !people.contains($0.key) }.keys.sorted()
    }

    /// Places in a cell: one for each person the checkpoint needs, and one more for each extra
    /// person typed in (at least one, so an empty cell can be filled).
    static func placeCount(people: Int, checkpoint: Checkpoint) -> Int { max(1, checkpoint.peoplePerShift, people) }
}

/// One place in a cell: a person, or nobody yet.
struct BoardPlace: Sendable {
    /// Who stands here (nil: empty).
    var person: String?
    /// Their record, when the name is known.
    var volunteer: Volunteer?
    /// Called in from the checkpoint's reserve team.
    var isReserve: Bool
    /// Put here by a hand edit (the planner keeps them here); not marked when the whole duty is
    /// pinned, which the cell's own mark says.
    var isPinned: Bool
    /// The rules this person breaks here.
    var problems: [String]
    /// What the served record says of them here (nil: nothing recorded, the day not closed).
    var served: ServedMark?

    /// How the place is written on the board: `+王伟*^`, `!李强`, `=张伟` (placed by hand), `____`.
    var label: String {
        guard let person else { return BoardPlace.emptyLabel }
        var text = person
        if volunteer?.isPartyMember == true { text += Marks.party }
        if volunteer?.isLeader == true { text += Marks.leader }
        if let served { text += served.suffix }
        if isReserve { text = Marks.reserve + text }
        if isPinned { text = Marks.pinned + text }
        if !problems.isEmpty { text = Marks.problem + text }
        return text
    }

    /// How someone who stood unplanned (加班) is written after the places: `李娜✚`.
    static func extraLabel(_ person: String) -> String { person + ServedMark.extra.suffix }

    /// The mark of an empty place: a line to write a name on.
    static let emptyLabel = "____"
}
