/// Things of each person (their shifts, their busy spans) gathered in one list as the duties
/// come, then grouped by person with a counting sort, each person's run sorted: the rule check
/// and `RosterStats` used to grow a list per person (17,000 on a district, 90,000 person-shifts
/// in a month) and sort and copy them.
struct PersonRuns<Element> {
    private let count: Int
    private var people: [Int] = []
    private var elements: [Element] = []

    /// Ready for the elements of `count` people (numbered from 0), `expected` of them in all.
    init(people count: Int, expected: Int = 0) {
        self.count = count
        people.reserveCapacity(expected)
        elements.reserveCapacity(expected)
    }

    /// Adds an element of `person`.
    mutating func append(_ element: Element, of person: Int) {
        people.append(person)
        elements.append(element)
    }

    /// Every person's elements, by person number, each run sorted by `areInIncreasingOrder`
    /// (a stable sort, so elements the order calls equal keep the order they came in).
    func grouped(by areInIncreasingOrder: (Element, Element) -> Bool) -> Grouped {
        // How many each, where each one's run starts, then each element into its place.
        var starts = Array(repeating: 0, count: count + 1)
        for person in people { starts[person + 1] += 1 }
        for person in 0..<count { starts[person + 1] += starts[person] }
        var next = starts
        var placed = elements
        for (person, element) in zip(people, elements) {
            placed[next[person]] = element
            next[person] += 1
        }
        for person in 0..<count where starts[person + 1] - starts[person] > 1 {
            placed[starts[person]..<starts[person + 1]].sort(by: areInIncreasingOrder)
        }
        return Grouped(starts: starts, elements: placed)
    }

    /// The elements grouped by person.
    struct Grouped {
        fileprivate let starts: [Int]
        fileprivate let elements: [Element]

        /// The elements of `person`, in their order.
        subscript(person: Int) -> ArraySlice<Element> { elements[starts[person]..<starts[person + 1]] }
    }
}
