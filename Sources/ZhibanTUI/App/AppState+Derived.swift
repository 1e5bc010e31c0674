extension AppState {
    /// Works out what the current view needs from the roster and has not yet got for this
    /// revision: the day's problems, the table's rows, the problem list, the figures.
    mutating func refreshDerived() {
        view.feature.refresh(&self)
    }
}
