/// What the declared rotations ask for one place: particular people first, then teams.
struct Designation: Sendable {
    /// People asked for by a `members` rotation, one per place, in place order.
    var people: [Int] = []
    /// Teams asked for by `teams` and `places` rotations, in the order the rotations are declared.
    var teams: [String] = []
}
