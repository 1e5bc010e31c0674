import ZhibanModel
import ZhibanPlanning

/// The problems list: every problem of the roster (also marked on the period grid), worked out
/// once per revision, and the cursor on it.
struct ProblemsState: Sendable {
    /// Every problem of the roster, for the problems view and the period grid.
    var list: Derived<ProblemList>?
    /// The cursor.
    var cursor = ListCursor()

    /// The number of problems listed.
    var count: Int { list?.value.entries.count ?? 0 }

    /// Works out the problems again when the roster changed since.
    mutating func refreshList(_ document: Document) {
        if list?.revision != document.revision { list = Derived(revision: document.revision, value: ProblemList(document.roster)) }
    }
}
