import Dispatch

/// Two pieces of work done at once, one on each of two cores, where the machine has them (the
/// development machine and most laptops an organizer borrows have two or more): a district's
/// duties are read while `roster.toml` and the volunteers are, `check` runs the rule check
/// beside the validator, and `rotate` writes its files while it words the changes, halving the
/// wait on what is most of a command. With one core the system shares it between the two.
public enum TwoAtOnce {
    /// The results of `first`, run here, and `second`, run at the same time on another thread.
    /// When `first` throws, `second` is waited for all the same before the error goes on, so
    /// nothing of it outlives the call.
    public static func run<First, Second: Sendable>(
        _ first: () throws -> First, _ second: @escaping @Sendable () -> Second
    ) rethrows -> (First, Second) {
        let result = Result<Second>()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { result.value = second() }
        let firstValue: First
        do {
            firstValue = try first()
        } catch {
            group.wait()
            throw error
        }
        group.wait()
        guard let secondValue = result.value else { preconditionFailure("the group waited for the second piece") }
        return (firstValue, secondValue)
    }

    /// Where the second result is left: written by the second piece of work only, read after it.
    private final class Result<Value>: @unchecked Sendable {
        var value: Value?
    }
}
