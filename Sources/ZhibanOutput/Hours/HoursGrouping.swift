/// How the hours report (志愿服务时数一览表) sums its rows.
public enum HoursGrouping: String, CaseIterable, Sendable {
    /// One row per person.
    case person
    /// One row per team.
    case team
    /// One row per unit (单位) the people were sent from.
    case unit
}
