import ZhibanModel

/// Augmenting paths after the chains: a place short of someone (or of its 党员), or served by the
/// reserve, is given a person who stands elsewhere, whose own place is then taken by someone else,
/// and so on, until a person who is free ends the path — the way a solver reshuffles a whole week
/// to save one reserve call. The path is searched breadth first over the places (each person and
/// each place once, every step a person this plan placed, never landing in a later tier than they
/// left), then tried on the board and kept only when its places end with fewer empty places and
/// missing members, or as many and fewer reserve calls; otherwise the board goes back exactly.
extension PlanningBoard {
    /// Bounds on one search: steps in a path, places visited, paths tried.
    private enum PathLimit {
        static let steps = 12
        static let places = 4_000
        static let tries = 40
    }

    /// Runs paths from every short place, then from every reserve call, until a pass improves nothing (at most four passes).
    mutating func improveByPaths() {
        guard targets.indices.contains(where: isPathStart) else { return }
        let owners = slotOwners()
        for _ in 0..<4 {
            var improved = false
            for target in targets.indices where !targets[target].pinned {
                while placeShortfall(target) > 0, fillByPath(target, owners) { improved = true }
            }
            for target in targets.indices where !targets[target].pinned {
                while let reservist = placed[target].last(where: { movable($0, on: target) && laterTier($0, on: target) }),
                      evict(reservist, from: target, owners) { improved = true }
            }
            if !improved { break }
        }
    }

    /// A place a path may start from: planned here, and short or served by a later tier.
    private func isPathStart(_ target: Int) -> Bool {
        !targets[target].pinned && (placeShortfall(target) > 0 || worstMovableTier(on: target) > 0)
    }

    /// The target of each ledger slot number (-1 for duties that are not places of this plan).
    private func slotOwners() -> [Int] {
        var owners = Array(repeating: -1, count: ledger.slots.slots.count)
        for target in targets.indices { owners[targets[target].busy.slot] = target }
        return owners
    }

    /// Fills one place short of someone or of a member by a path. When the place is full of people
    /// who do not meet its requirement, the last movable of them makes room. Returns whether it improved.
    private mutating func fillByPath(_ target: Int, _ owners: [Int]) -> Bool {
        var leaving: Int?
        if open(target) == 0 {
            let lacking = targets[target].requirements.filter { missing($0, on: target) > 0 }
            guard let person = placed[target].last(where: { person in
                movable(person, on: target) && lacking.contains { !facts.meets($0, person) }
            }) else { return false }
            leaving = person
        }
        return improveAlongPath(from: target, removing: leaving, landingBelow: nil, owners)
    }

    /// Replaces a person from a later tier on the place by a path whose people all land in the first tier.
    private mutating func evict(_ reservist: Int, from target: Int, _ owners: [Int]) -> Bool {
        improveAlongPath(from: target, removing: reservist, landingBelow: 1, owners)
    }

    /// One step of a path: `person` leaves `from` (nil: they were free) to take the vacancy on `place`.
    private struct PathStep {
        let place: Int
        let person: Int
        let from: Int?
    }

    /// One place of the search with a vacancy: who left it (nil at the start) and the node it was reached from.
    private struct PathNode {
        let place: Int
        let leaving: Int?
        let parent: Int
        let depth: Int
    }

    /// Searches paths into `start` (after taking `removed` off it) and keeps the first that improves
    /// the board; `landingBelow` bounds the tier every person of the path lands in.
    private mutating func improveAlongPath(from start: Int, removing removed: Int?, landingBelow: Int?, _ owners: [Int]) -> Bool {
        var nodes = [PathNode(place: start, leaving: removed, parent: -1, depth: 0)]
        var visited: Set<Int> = [start]
        var tries = 0
        var next = 0
        while next < nodes.count, nodes.count < PathLimit.places, tries < PathLimit.tries {
            let node = nodes[next]
            let inPath = people(onPathTo: next, nodes)
            let tiers = tiers(for: node.place)
            for (tier, members) in tiers.enumerated() where landingBelow.map({ tier < $0 }) ?? true {
                for person in members where !inPath.contains(person) && !placed[node.place].contains(person) {
                    guard facts.unavailability(of: person, on: targets[node.place].slot.date, shift: targets[node.place].shift) == nil,
                          requirementBlocking(person, on: node.place, without: node.leaving) == nil,
                          let conflict = onlyConflict(of: person, with: node.place, owners) else { continue }
                    if let from = conflict {
                        guard !visited.contains(from), tier <= (self.tier(of: person, on: from) ?? tier),
                              node.depth + 1 < PathLimit.steps, fits(person, on: node.place, leaving: from) else { continue }
                        visited.insert(from)
                        nodes.append(PathNode(place: from, leaving: person, parent: next, depth: node.depth + 1))
                    } else if refusal(of: person, on: node.place) == nil {
                        tries += 1
                        if tryPath(steps(to: next, nodes) + [PathStep(place: node.place, person: person, from: nil)], removing: removed, at: start) {
                            return true
                        }
                        if tries >= PathLimit.tries { return false }
                    }
                }
            }
            next += 1
        }
        return false
    }

    /// The people already moving on the path that ends at a node.
    private func people(onPathTo node: Int, _ nodes: [PathNode]) -> [Int] {
        var people: [Int] = []
        var current = node
        while current >= 0 {
            if let leaving = nodes[current].leaving { people.append(leaving) }
            current = nodes[current].parent
        }
        return people
    }

    /// The steps that bring the people leaving each node of the path onto its parent's place, start first.
    private func steps(to node: Int, _ nodes: [PathNode]) -> [PathStep] {
        var steps: [PathStep] = []
        var current = node
        while nodes[current].parent >= 0 {
            let parent = nodes[current].parent
            steps.append(PathStep(place: nodes[parent].place, person: nodes[current].leaving!, from: nodes[current].place))
            current = parent
        }
        return steps.reversed()
    }

    /// The one movable place of this plan that keeps the person off the target: nil inside when
    /// nothing does, nil outside when more than one place does, or one that may not move.
    private func onlyConflict(of person: Int, with target: Int, _ owners: [Int]) -> Int?? {
        let busy = targets[target].busy
        var found: Int?
        for span in ledger.spansByPerson[person]
        where span.span.start < busy.span.end + 2 * 1440 && span.span.end > busy.span.start - 2 * 1440
            && ledger.excludeEachOther(span, busy) {
            let owner = owners[span.slot]
            guard found == nil, owner >= 0, movable(person, on: owner) else { return .none }
            found = owner
        }
        return .some(found)
    }

    /// Whether the person could take the target once off `from` (every time rule), tried in the ledger.
    private mutating func fits(_ person: Int, on target: Int, leaving from: Int) -> Bool {
        let busy = targets[from].busy
        ledger.remove(busy, for: person)
        let fits = refusal(of: person, on: target) == nil
        ledger.add(busy, for: person)
        return fits
    }

    /// Carries out a path (after taking `removed` off the start) and keeps it when its places end
    /// better; otherwise puts everything back. Returns whether it was kept.
    private mutating func tryPath(_ steps: [PathStep], removing removed: Int?, at start: Int) -> Bool {
        let places = steps.map(\.place) + steps.compactMap(\.from)
        let before = pathScore(places)
        if let removed { unplace(removed, from: start) }
        for step in steps { if let from = step.from { unplace(step.person, from: from) } }
        var done: [PathStep] = []
        for step in steps {
            guard refusal(of: step.person, on: step.place) == nil, requirementBlocking(step.person, on: step.place) == nil else { break }
            place(step.person, on: step.place)
            done.append(step)
        }
        if done.count == steps.count, pathScore(places) < before { return true }
        for step in done { unplace(step.person, from: step.place) }
        for step in steps { if let from = step.from { place(step.person, on: from) } }
        if let removed { place(removed, on: start) }
        return false
    }

    /// Empty places plus missing members, then people from a later tier, over some places.
    private func pathScore(_ places: [Int]) -> (Int, Int) {
        places.reduce((0, 0)) { sum, target in
            (sum.0 + placeShortfall(target), sum.1 + placed[target].reduce(0) { $0 + (laterTier($1, on: target) ? 1 : 0) })
        }
    }
}
