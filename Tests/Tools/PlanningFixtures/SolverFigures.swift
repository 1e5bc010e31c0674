/// What OR-Tools CP-SAT reached on each tight roster in 30 s (`Scripts/cpsat_tight.py`, two
/// workers): the empty places plus missing party members, then the reserve calls. Kept here so
/// the tests and the benchmark need not run a solver; regenerate when `TightRosters` changes.
public enum SolverFigures {
    /// Where zhiban is still behind the solver, by seed: how much (zhiban's figures may be at most
    /// the solver's plus this). The matching, chains, pairs and paths leave these; a test fails if
    /// they grow. Each is a reserve call that only a reshuffle of more people's months saves than
    /// the triples re-plan (every keeper of seed 6 must then switch from nights to days only on a
    /// day they cannot serve). Seed 2's two were closed by the triples (12 → 10 reserve calls).
    public static let knownGaps: [UInt64: PlanScore] = [
        3: PlanScore(shortfall: 0, reserveCalls: 1),
        6: PlanScore(shortfall: 0, reserveCalls: 1),
    ]

    /// By seed.
    public static let tight: [UInt64: PlanScore] = [
        1: PlanScore(shortfall: 14, reserveCalls: 9),
        2: PlanScore(shortfall: 0, reserveCalls: 10),
        3: PlanScore(shortfall: 0, reserveCalls: 18),
        4: PlanScore(shortfall: 0, reserveCalls: 1),
        5: PlanScore(shortfall: 0, reserveCalls: 8),
        6: PlanScore(shortfall: 0, reserveCalls: 12),
        7: PlanScore(shortfall: 0, reserveCalls: 6),
        8: PlanScore(shortfall: 0, reserveCalls: 10),
        9: PlanScore(shortfall: 68, reserveCalls: 0),
        10: PlanScore(shortfall: 0, reserveCalls: 8),
        11: PlanScore(shortfall: 0, reserveCalls: 45),
        12: PlanScore(shortfall: 64, reserveCalls: 0),
    ]
}
