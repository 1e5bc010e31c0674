import ZhibanModel

/// One person's served figures over a date range (志愿服务时数一览表 row).
public struct ServedPerson: Hashable, Sendable {
    /// The person's name.
    public let name: String
    /// Their team ("" for a name not in volunteers.csv).
    public let team: String
    /// The unit they were sent from (单位), or "".
    public let unit: String
    /// Duties served (as planned, as a substitute, or extra).
    public internal(set) var duties = 0
    /// Minutes served (late arrivals and early leaving taken off).
    public internal(set) var minutes = 0
    /// Night duties served.
    public internal(set) var nights = 0
    /// Duties missed (缺岗).
    public internal(set) var absences = 0
    /// Duties stood for someone else (替班).
    public internal(set) var substitutionsMade = 0
    /// Duties someone else stood for them.
    public internal(set) var substitutionsReceived = 0
    /// Duties stood without being planned (加班).
    public internal(set) var extras = 0
    /// Planned duties on days not yet closed with nothing recorded: counted apart, never as served.
    public internal(set) var unconfirmedDuties = 0
    /// Their minutes.
    public internal(set) var unconfirmedMinutes = 0
    /// Minutes served minus minutes planned, over duties whose outcome is known: what the planner
    /// weighs (a substitute is ahead, the person replaced behind).
    public internal(set) var balanceMinutes = 0

    /// Creates empty figures.
    public init(name: String, team: String, unit: String) {
        self.name = name
        self.team = team
        self.unit = unit
    }

    /// Adds another row's figures to these (for team and unit totals).
    public mutating func add(_ other: ServedPerson) {
        duties += other.duties
        minutes += other.minutes
        nights += other.nights
        absences += other.absences
        substitutionsMade += other.substitutionsMade
        substitutionsReceived += other.substitutionsReceived
        extras += other.extras
        unconfirmedDuties += other.unconfirmedDuties
        unconfirmedMinutes += other.unconfirmedMinutes
        balanceMinutes += other.balanceMinutes
    }
}
