import Dispatch
import ZhibanModel
import ZhibanTUI

/// The people search's index (every name spelled in pinyin, about 0.15 s on a district)
/// built on another thread once the first frame is on screen, so that neither the first frame,
/// nor a key, nor a signal waits for it. A search asked for before it is ready builds its own.
final class BackgroundSearchIndex: @unchecked Sendable {
    /// Guards `built`.
    private let guardQueue = DispatchQueue(label: "zhiban.search-index")
    private var built: PersonSearchIndex?

    /// Starts spelling these volunteers' names.
    init(for volunteers: [Volunteer]) {
        DispatchQueue.global(qos: .utility).async { [self] in
            var index = PersonSearchIndex()
            index.update(for: volunteers)
            guardQueue.sync { built = index }
        }
    }

    /// The index once it is built (handed out once), nil before.
    func take() -> PersonSearchIndex? {
        guardQueue.sync {
            defer { built = nil }
            return built
        }
    }
}
