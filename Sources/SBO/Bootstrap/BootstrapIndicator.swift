/// An indicator question for the bootstrap: per station, whether the event happened
/// (`true`/`false`) or `nil` when the observer did not answer (item non-response).
///
/// Its share is taken over the stations that answered, as R survey's `svymean(na.rm = TRUE)`:
/// ```
/// share = Σ_i w_i a_i y_i / Σ_i w_i a_i
/// ```
/// with w_i the station's (replicate) weight, y_i ∈ {0, 1} the answer and a_i ∈ {0, 1} whether
/// it answered.
public struct BootstrapIndicator: Sendable, Equatable {
    /// The question's name, reported with its statistic.
    public let name: String
    /// One answer per station, in the stations' order.
    public let values: [Bool?]

    public init(name: String, values: [Bool?]) {
        self.name = name
        self.values = values
    }
}
