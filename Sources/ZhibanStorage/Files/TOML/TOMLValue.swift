/// A value of a TOML text and the line it was written on (for a table's key: the key's line).
struct TOMLValue {
    /// What the value is.
    enum Content {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        /// An offset or local date-time, a local date or a local time, as written (zhiban keeps
        /// dates and times as quoted text, so it reads none of these: it only needs to know them).
        case dateTime(String)
        /// An array written as a value, `[1, 2]`.
        case array([TOMLValue])
        /// An array of tables, `[[name]]`.
        case tables(TOMLTableList)
        case table(TOMLTable)
    }

    var content: Content
    var line: Int

    /// The text of a string value.
    var string: String? {
        if case .string(let text) = content { return text }
        return nil
    }

    /// The number of an integer value.
    var integer: Int? {
        if case .integer(let number) = content { return number }
        return nil
    }

    /// The flag of a boolean value.
    var boolean: Bool? {
        if case .boolean(let flag) = content { return flag }
        return nil
    }

    /// The table of a table value (a `[name]`, an inline or a dotted table).
    var table: TOMLTable? {
        if case .table(let table) = content { return table }
        return nil
    }

    /// The elements of an array, or the tables of an array of tables.
    var array: [TOMLValue]? {
        switch content {
        case .array(let values): return values
        case .tables(let list): return list.tables.map { TOMLValue(content: .table($0), line: $0.line) }
        default: return nil
        }
    }
}
