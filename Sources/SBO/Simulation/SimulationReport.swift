/// The outcome of a design simulation: the design simulated, the settings, and one
/// ``SimulationResult`` per interval method and prevalence.
public struct SimulationReport: Sendable, Equatable {
    /// The strata of the design: name, N_h, n_h and PPS certainties.
    public let strata: [DrawnSample.Stratum]
    /// The settings the runs used.
    public let settings: SimulationSettings
    /// Results by method (in the order of `settings.methods`), then by prevalence.
    public let results: [SimulationResult]

    /// The result of `method` at `prevalence`, if both were simulated.
    public func result(method: IntervalMethod, prevalence: Double) -> SimulationResult? {
        results.first { $0.method == method && $0.prevalence == prevalence }
    }
}
