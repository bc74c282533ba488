/// What to do with a station whose counts are impossible (`--bad-counts`): `ballots_cast`
/// above its registered voters, `votes_*` summing above `ballots_cast`, or a count that is
/// not a non-negative whole number.
public enum BadCountPolicy: String, Sendable, CaseIterable {
    /// Stop with an error listing every such station (the default).
    case error
    /// Leave those stations out of turnout and vote shares (their checklist answers still
    /// count), and list them in ``DataQuality``.
    case exclude
}
