/// Placeholder until the output layer lands.
enum OutputPlaceholder {}
