/// The tables of an array of tables (`[[shift]]`, each header adding one).
final class TOMLTableList {
    private(set) var tables: [TOMLTable]

    init(_ first: TOMLTable) { tables = [first] }

    /// Adds the table of the next header.
    func append(_ table: TOMLTable) { tables.append(table) }

    /// The table the last header added (the one a `[name.sub]` header goes into).
    var last: TOMLTable { tables[tables.count - 1] }
}
