import Dispatch

/// Two pieces of work done at once, one on each of two cores, where the machine has them (the
/// development machine and most laptops an organizer borrows have two or more): a district's
/// duties are read while `roster.toml` and the volunteers are, and `check` runs the rule check
/// beside the validator, halving the wait on what is most of a command. With one core the two
/// run one after the other.
public enum TwoAtOnce {
    /// The results of `first` and `second`, run at the same time.
    public static func run<First: Sendable, Second: Sendable>(_ first: @Sendable () -> First, _ second: @Sendable () -> Second) -> (First, Second) {
        let results = Results<First, Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            // Each index writes its own slot, once; concurrentPerform returns after both.
            if index == 0 { results.first = first() } else { results.second = second() }
        }
        guard let first = results.first, let second = results.second else { preconditionFailure("concurrentPerform ran both") }
        return (first, second)
    }

    /// Where the two results are left: each written by one piece of work only, read after both.
    private final class Results<First, Second>: @unchecked Sendable {
        var first: First?
        var second: Second?
    }
}
