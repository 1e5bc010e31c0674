/// Placeholder.
enum StoragePlaceholder {}
