import ZhibanModel

/// A roster cut in two halves that share no one, to be planned at once on two cores: a
/// district's communities each keep their gates with their own teams, so the planner's every
/// step (the fill, the improvements, the balancing inside a team) stays inside the gates and
/// people that are linked, and planning the halves apart gives what planning them together does.
///
/// Linked are: a volunteer and their team; a gate and its keeper teams and reserve; a duty's
/// gate (known or not) and everyone on it; volunteers of one name. Rosters with rotations
/// (which name teams and people of their own), a plan of one gate, and small rosters are not
/// cut (nothing to gain), nor a roster whose gates are all linked.
struct RosterHalves: Sendable {
    /// One half: the roster of its people, gates and duties, and where its volunteers stand in the whole roster.
    struct Half: Sendable {
        let roster: Roster
        let people: [Int]
    }

    /// The two halves.
    let halves: [Half]

    /// The halves of the indexed roster for this request, or nil when it is not worth cutting
    /// or cannot be cut (fewer than `minimumPeople` volunteers, rotations, one gate asked for,
    /// every gate linked to every other).
    init?(index: RosterIndex, request: PlanRequest, minimumPeople: Int = 2_000) {
        let roster = index.roster
        guard request.checkpoint == nil, roster.rotations.isEmpty, roster.volunteers.count >= minimumPeople,
              roster.checkpoints.count >= 2 else { return nil }
        var links = Links(count: roster.volunteers.count + roster.checkpoints.count)
        let gate = { (position: Int) in roster.volunteers.count + position }
        var teams = NameTable<Int>()
        var otherGates = NameTable<Int>()
        let team = { (name: String, links: inout Links) -> Int in
            let (node, inserted) = teams.insert(links.count, for: name)
            if inserted { links.add() }
            return node
        }
        for (person, volunteer) in roster.volunteers.enumerated() {
            if !volunteer.team.isEmpty { links.join(person, team(volunteer.team, &links)) }
            if let first = index.personByName[volunteer.name] { links.join(person, first) }
        }
        for (position, checkpoint) in roster.checkpoints.enumerated() {
            for name in checkpoint.keepers + (checkpoint.reserve.map { [$0] } ?? []) { links.join(gate(position), team(name, &links)) }
        }
        var dutyGate: [Int] = []
        for duty in roster.duties {
            let node: Int
            if let position = index.checkpointIndexByName[duty.checkpoint] {
                node = gate(position)
            } else {
                let (other, inserted) = otherGates.insert(links.count, for: duty.checkpoint)
                if inserted { links.add() }
                node = other
            }
            dutyGate.append(node)
            for name in duty.people { if let person = index.personByName[name] { links.join(node, person) } }
        }
        // Whole groups of linked gates in roster order, into the first half until it holds half the gates.
        var inFirst: [Int: Bool] = [:]
        var firstGates = 0
        for position in roster.checkpoints.indices {
            let root = links.root(gate(position))
            if inFirst[root] == nil { inFirst[root] = firstGates * 2 < roster.checkpoints.count }
            if inFirst[root]! { firstGates += 1 }
        }
        guard firstGates < roster.checkpoints.count else { return nil }
        let isFirst = { (node: Int) in inFirst[links.root(node)] ?? true }  // unlinked to any gate: the first half
        halves = [true, false].map { first in
            var half = roster
            let people = roster.volunteers.indices.filter { isFirst($0) == first }
            half.volunteers = people.map { roster.volunteers[$0] }
            half.checkpoints = roster.checkpoints.indices.filter { isFirst(gate($0)) == first }.map { roster.checkpoints[$0] }
            half.duties = roster.duties.indices.filter { isFirst(dutyGate[$0]) == first }.map { roster.duties[$0] }
            return Half(roster: half, people: people)
        }
    }

    /// Who is linked to whom: a union-find over numbered nodes.
    private struct Links {
        private var parent: [Int]

        init(count: Int) { parent = Array(0..<count) }

        var count: Int { parent.count }

        /// A new node, numbered `count` before the call.
        mutating func add() { parent.append(parent.count) }

        mutating func root(_ node: Int) -> Int {
            var node = node
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }

        mutating func join(_ a: Int, _ b: Int) {
            let (x, y) = (root(a), root(b))
            if x != y { parent[max(x, y)] = min(x, y) }
        }
    }
}
