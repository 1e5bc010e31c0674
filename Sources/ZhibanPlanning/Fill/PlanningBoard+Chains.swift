import ZhibanModel

/// Ejection chains after the matching: a place still short, or served by the reserve, takes a
/// better-suited person from a neighbouring date's shift that stands in their way, and that
/// shift is filled again (and, one step further, the place it then lacks). A chain is kept only
/// when the places it can reach end with fewer empty places and missing members, or as many and fewer
/// reserve calls; otherwise the board goes back exactly as it was. Only people this plan placed move.
extension PlanningBoard {
    /// Runs chains from every place with a problem until a pass improves nothing (at most three passes).
    mutating func improveByChains() {
        let byDay = Dictionary(grouping: targets.indices, by: { targets[$0].slot.date.dayNumber })
        for _ in 0..<3 {
            var improved = false
            for target in targets.indices where isChainStart(target) {
                if tryChain(into: target, depth: 2, byDay) { improved = true }
            }
            if !improved { break }
        }
    }

    /// A place a chain may start from: planned here, at most one requirement, short or served by a later tier.
    private func isChainStart(_ target: Int) -> Bool {
        !targets[target].pinned && targets[target].requirements.count <= 1 && (placeShortfall(target) > 0 || worstMovableTier(on: target) > 0)
    }

    /// The figures of every place a chain from the target can reach (two steps of two days each way):
    /// empty places plus missing members, then people placed from a later tier.
    private func score(around target: Int, _ byDay: [Int: [Int]]) -> (Int, Int) {
        let day = targets[target].slot.date.dayNumber
        return ((day - 4)...(day + 4)).flatMap { byDay[$0] ?? [] }.reduce((0, 0)) { sum, target in
            (sum.0 + placeShortfall(target), sum.1 + placed[target].reduce(0) { $0 + (laterTier($1, on: target) ? 1 : 0) })
        }
    }

    /// Brings one better-suited person onto the target from the shifts near it that stand in their way,
    /// refills those shifts, and keeps the result if the board is better. Returns whether it did.
    private mutating func tryChain(into target: Int, depth: Int, _ byDay: [Int: [Int]]) -> Bool {
        let before = self
        let score = score(around: target, byDay)
        let worst = worstMovableTier(on: target)
        let tiers = tiers(for: target)
        let usable = placeShortfall(target) > 0 ? tiers.count : worst
        for tier in tiers.prefix(usable) {
            for person in tier where !placed[target].contains(person) && facts.unavailability(of: person, on: targets[target].slot.date, shift: targets[target].shift) == nil {
                guard let freed = release(person, for: target, byDay) else { continue }
                if open(target) == 0, let leaving = placed[target].last(where: { movable($0, on: target) && laterTier($0, on: target) }) {
                    unplace(leaving, from: target)
                }
                guard open(target) > 0, refusal(of: person, on: target) == nil, requirementBlocking(person, on: target) == nil else {
                    self = before
                    continue
                }
                place(person, on: target)
                for other in freed { fill(other) }
                if depth > 1 { for other in freed where placeShortfall(other) > 0 { _ = tryChain(into: other, depth: depth - 1, byDay) } }
                if self.score(around: target, byDay) < score { return true }
                self = before
            }
        }
        return false
    }

    /// Takes the person off their movable shifts within two days of the target that no one could
    /// stand together with it; nil (and nothing changed) when a duty they keep still stands in the way.
    private mutating func release(_ person: Int, for target: Int, _ byDay: [Int: [Int]]) -> [Int]? {
        let day = targets[target].slot.date.dayNumber
        var freed: [Int] = []
        for near in (day - 2)...(day + 2) {
            for other in byDay[near] ?? [] where other != target && placed[other].contains(person)
                && ledger.excludeEachOther(targets[other].busy, targets[target].busy) {
                guard movable(person, on: other) else {
                    for back in freed { place(person, on: back) }
                    return nil
                }
                unplace(person, from: other)
                freed.append(other)
            }
        }
        if refusal(of: person, on: target) != nil {
            for back in freed { place(person, on: back) }
            return nil
        }
        return freed
    }
}
