/// A minimum-cost flow on a small graph, by successive shortest paths (Bellman–Ford, so edge
/// costs may be negative): it keeps sending one unit along the cheapest path from the source to
/// the sink while that path costs less than zero. Nodes and edges are visited in the order
/// added, so equal-cost choices always come out the same way.
struct MinCostFlow: Sendable {
    private let nodeCount: Int
    private var target: [Int] = []
    private var capacity: [Int] = []
    private var cost: [Int] = []
    private var origin: [Int] = []

    /// A graph of `nodes` nodes without edges.
    init(nodes: Int) { nodeCount = nodes }

    /// Adds an edge and returns its number (for `flow(on:)`).
    @discardableResult
    mutating func addEdge(from: Int, to: Int, capacity: Int, cost: Int) -> Int {
        let number = target.count
        target += [to, from]
        self.capacity += [capacity, 0]
        self.cost += [cost, -cost]
        origin += [from, to]
        return number
    }

    /// Units sent along an edge.
    func flow(on edge: Int) -> Int { capacity[edge + 1] }

    /// Sends flow from `source` to `sink` along cheapest paths while each one lowers the total cost.
    mutating func minimizeCost(from source: Int, to sink: Int) {
        var outgoing = Array(repeating: [Int](), count: nodeCount)
        for edge in target.indices { outgoing[origin[edge]].append(edge) }
        while let path = cheapestPath(from: source, to: sink, outgoing), path.cost < 0 {
            for edge in path.edges {
                capacity[edge] -= 1
                capacity[edge ^ 1] += 1
            }
        }
    }

    private func cheapestPath(from source: Int, to sink: Int, _ outgoing: [[Int]]) -> (cost: Int, edges: [Int])? {
        var distance = Array(repeating: Int.max, count: nodeCount)
        var via = Array(repeating: -1, count: nodeCount)
        distance[source] = 0
        var changed = true
        var rounds = 0
        while changed, rounds < nodeCount {
            changed = false
            rounds += 1
            for node in 0..<nodeCount where distance[node] != Int.max {
                for edge in outgoing[node] where capacity[edge] > 0 && distance[node] + cost[edge] < distance[target[edge]] {
                    distance[target[edge]] = distance[node] + cost[edge]
                    via[target[edge]] = edge
                    changed = true
                }
            }
        }
        guard distance[sink] != Int.max else { return nil }
        var edges: [Int] = []
        var node = sink
        while node != source, edges.count <= nodeCount {
            let edge = via[node]
            edges.append(edge)
            node = origin[edge]
        }
        return (distance[sink], edges)
    }
}
