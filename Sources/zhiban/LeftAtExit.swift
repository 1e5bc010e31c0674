/// What a command still holds when it is done, left for the operating system to take back
/// with the whole process instead of freed piece by piece.
///
/// Freeing a district's roster (45,000 shifts, 17,000 volunteers, each name and list its own
/// allocation) walks all of it once more after the output is written, long after it left the
/// processor's cache: about 3 % of `check`'s instructions and, on twice the district, almost a
/// fifth of its cache misses (Docs/performance.md). Compilers do the same (`clang
/// -disable-free`). Only commands keep things here; the interface frees as it goes, as a long
/// session must.
enum LeftAtExit {
    /// Written by the command's own thread only (never from work it runs on another core).
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until the process ends.
    static func keep(_ value: Any) {
        kept.append(value)
    }
}
