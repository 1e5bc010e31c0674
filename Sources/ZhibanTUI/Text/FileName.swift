extension String {
    /// The last component of a path (`volunteers.csv` for `/srv/春谷/volunteers.csv`): messages
    /// about a roster's files name them without the folder, which is the roster open here, so
    /// they fit the status line however deep the folder is.
    var fileName: String { split(separator: "/").last.map(String.init) ?? self }
}
