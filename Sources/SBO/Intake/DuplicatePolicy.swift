/// What to do when one station was submitted more than once with different answers
/// (`--duplicates`). Rows equal in every used column are always kept once and listed.
public enum DuplicatePolicy: String, Sendable, CaseIterable {
    /// Stop with an error listing every such station and the columns that differ (the default).
    case error
    /// Keep the row submitted last (by submission time), list the others as dropped.
    case latest
    /// Keep the row submitted first, list the others as dropped.
    case first
}
