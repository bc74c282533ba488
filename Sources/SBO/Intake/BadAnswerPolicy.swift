/// What to do with an answer in an indicator column that reads as neither yes nor no
/// (`--bad-answers`).
public enum BadAnswerPolicy: String, Sendable, CaseIterable {
    /// Stop with an error listing every such cell (the default).
    case error
    /// Treat each as item non-response, and list them in ``DataQuality``.
    case missing
}
