/// Placeholder until the planning layer lands.
enum PlanningPlaceholder {}
