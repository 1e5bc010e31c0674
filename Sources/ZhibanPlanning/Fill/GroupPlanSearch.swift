/// The shortest plan over the dates for a small group of people planned together (the pairs and
/// triples of `PlanningBoard+Pairs`): each person chooses one option a day (a place, or none),
/// each day's joint choice has a cost, and a person's choices on dates next to each other must
/// follow each other (rest, hours a day). A day's joint choice is one state (mixed radix, the
/// first person most significant); from one day to the next the people step one at a time, the
/// last first, so a step costs states × options instead of states². Ties go to the first of equals.
struct GroupPlanSearch {
    /// Per person and day, the options (targets, -1 for none).
    let options: [[[Int]]]
    /// Per day and state, what the day's joint choice costs (`impossible` for none allowed).
    let dayCosts: [[Int]]
    /// The cost no plan reaches.
    let impossible: Int

    /// The number of joint choices on a day.
    func stateCount(_ day: Int) -> Int { options.reduce(1) { $0 * $1[day].count } }

    /// Each person's option index in a state of a day.
    func choices(_ state: Int, on day: Int) -> [Int] {
        var rest = state
        var choice = Array(repeating: 0, count: options.count)
        for who in options.indices.reversed() {
            let radix = options[who][day].count
            choice[who] = rest % radix
            rest /= radix
        }
        return choice
    }

    /// The cheapest plan: its cost and, per person and day, the option index chosen. `follows`
    /// says whether one person may stand the earlier target and then the later one (-1: none).
    func cheapest(follows: (Int, Int) -> Bool) -> (cost: Int, choice: [[Int]]) {
        let people = options.count
        let days = dayCosts.count
        var cost = dayCosts[0]
        // Per day after the first, per step (the person who stepped), the way into each state.
        var via: [[[Int]]] = [[]]
        for day in 1..<max(1, days) {
            var radices = options.map { $0[day - 1].count }
            var steps = Array(repeating: [Int](), count: people)
            for who in (0..<people).reversed() {
                let (old, new) = (options[who][day - 1], options[who][day])
                // Strides of the state before and after this person steps.
                var after = radices
                after[who] = new.count
                let stride = radices[(who + 1)...].reduce(1, *)
                let total = after.reduce(1, *)
                var next = Array(repeating: impossible, count: total)
                var way = Array(repeating: 0, count: total)
                for state in 0..<total {
                    let (low, digit, high) = (state % stride, (state / stride) % new.count, state / (stride * new.count))
                    for oldDigit in old.indices {
                        let from = (high * old.count + oldDigit) * stride + low
                        if cost[from] < next[state], follows(old[oldDigit], new[digit]) {
                            next[state] = cost[from]
                            way[state] = from
                        }
                    }
                }
                cost = next
                steps[who] = way
                radices = after
            }
            for state in cost.indices { cost[state] = min(impossible, cost[state] + dayCosts[day][state]) }
            via.append(steps)
        }
        var best = (cost: impossible, state: 0)
        for state in cost.indices where cost[state] < best.cost { best = (cost[state], state) }
        var choice = Array(repeating: Array(repeating: 0, count: days), count: people)
        var state = best.state
        for day in stride(from: days - 1, through: 0, by: -1) {
            for (who, digit) in choices(state, on: day).enumerated() { choice[who][day] = digit }
            guard day > 0 else { break }
            for who in 0..<people { state = via[day][who][state] }
        }
        return (best.cost, choice)
    }
}
