import ZhibanModel
import ZhibanPlanning

/// The list to choose someone from for one place, filtered as the organizer types: by name,
/// pinyin or initials, team, role, skill or phone. The checkpoint's keepers come first, then its
/// reserve team, then everyone else; among keepers and reserve, those who would break no rule
/// come first. Who is already on the shift is left out.
public struct PickList: Sendable {
    /// The slot being filled.
    public let slot: Slot
    /// The place in it.
    public let place: Int
    /// What the person chosen is for: the place, or the served record.
    public internal(set) var purpose = PickPurpose.place
    /// What has been typed.
    public internal(set) var filter = TextField()
    /// The matching volunteers (positions in the roster's list), best first.
    public internal(set) var candidates: [Int] = []
    /// The highlighted candidate.
    public internal(set) var selection = 0
    /// The first candidate shown.
    public internal(set) var scroll = 0
    /// Everyone who may be chosen, best first, before the filter: worked out once per list.
    private let everyone: [Int]
    /// The duties each candidate's rules are checked against: the plan, or for the served
    /// record the duties as they were served.
    let checkedAgainst: Roster

    /// A pick list for a place, listing everyone who matches the (empty) filter; `checkedAgainst`
    /// (by default the roster) holds the duties the rule marks read.
    init(slot: Slot, place: Int, roster: Roster, directory: VolunteerDirectory, checkedAgainst: Roster? = nil) {
        self.slot = slot
        self.place = place
        self.checkedAgainst = checkedAgainst ?? roster
        let checkpoint = roster.checkpoint(named: slot.checkpoint)
        let present = Set(roster.duty(at: slot)?.people ?? [])
        let keeperTeams = Set(checkpoint?.keepers ?? [])
        var keepers: [Int] = []
        var reserve: [Int] = []
        var others: [Int] = []
        for (position, volunteer) in roster.volunteers.enumerated() where !present.contains(volunteer.name) {
            if keeperTeams.contains(volunteer.team) {
                keepers.append(position)
            } else if let team = checkpoint?.reserve, team == volunteer.team {
                reserve.append(position)
            } else {
                others.append(position)
            }
        }
        let check = CandidateCheck(roster: self.checkedAgainst, slot: slot)
        let freeFirst = { (group: [Int]) -> [Int] in
            guard group.count <= PickList.checkedGroupLimit else { return group }
            let blocked = group.map { !check.problems(placing: roster.volunteers[$0]).isEmpty }
            return zip(group, blocked).filter { !$0.1 }.map(\.0) + zip(group, blocked).filter(\.1).map(\.0)
        }
        everyone = freeFirst(keepers) + freeFirst(reserve) + others
        refilter(roster: roster, directory: directory)
    }

    /// The largest keeper or reserve group sorted by the rules (each check runs the rule checker).
    static let checkedGroupLimit = 200

    /// Recomputes the candidates after the filter changed.
    mutating func refilter(roster: Roster, directory: VolunteerDirectory) {
        if filter.text.trimmingWhitespace().isEmpty {
            candidates = everyone
        } else {
            var matching = [Bool](repeating: false, count: roster.volunteers.count)
            for position in directory.search(filter.text) { matching[position] = true }
            candidates = everyone.filter { matching[$0] }
        }
        selection = 0
        scroll = 0
    }

    /// Moves the highlight by `step` rows, keeping it on the list and in a window of `rows`.
    mutating func moveSelection(by step: Int, visibleRows rows: Int) {
        guard !candidates.isEmpty else { return }
        selection = min(max(0, selection + step), candidates.count - 1)
        scroll = Scrolling.offset(keeping: selection, visible: rows, from: scroll)
    }
}
