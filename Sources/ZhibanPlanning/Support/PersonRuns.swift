import ZhibanModel

/// The shifts a range's duties give each person, gathered in one list as the duties come and
/// then grouped by person, each person's in order of time: `RosterStats` used to grow a list
/// per person (17,000 on a district, 90,000 person-shifts in a month) and sort and copy them.
struct ShiftsByPerson {
    /// One person's shift.
    struct Entry {
        /// When it is stood.
        let span: TimeSpan
        /// The day number of the date it starts on.
        let day: Int
        /// Whether it is a night shift.
        let night: Bool
    }

    private let count: Int
    private var people: [Int] = []
    private var shifts: [Entry] = []

    /// Ready for the shifts of `count` people (numbered from 0).
    init(people count: Int) { self.count = count }

    /// Adds a shift of `person`.
    mutating func append(_ person: Int, span: TimeSpan, day: Int, night: Bool) {
        people.append(person)
        shifts.append(Entry(span: span, day: day, night: night))
    }

    /// Every person's shifts, by person number, each list sorted by span.
    func grouped() -> Grouped {
        // A counting sort by person: how many each, where each one's run starts, then each
        // shift into its place (in the order met, so a person's duties in date order stay so).
        var starts = Array(repeating: 0, count: count + 1)
        for person in people { starts[person + 1] += 1 }
        for person in 0..<count { starts[person + 1] += starts[person] }
        var next = starts
        var placed = shifts
        for (person, shift) in zip(people, shifts) {
            placed[next[person]] = shift
            next[person] += 1
        }
        for person in 0..<count where starts[person + 1] - starts[person] > 1 {
            placed[starts[person]..<starts[person + 1]].sort { $0.span < $1.span }
        }
        return Grouped(starts: starts, shifts: placed)
    }

    /// The shifts grouped by person.
    struct Grouped {
        fileprivate let starts: [Int]
        fileprivate let shifts: [Entry]

        /// The shifts of `person`, sorted by span.
        subscript(person: Int) -> ArraySlice<Entry> { shifts[starts[person]..<starts[person + 1]] }
    }
}
