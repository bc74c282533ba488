import Foundation

/// Is my design honest? A Monte Carlo study of a sample design before election day: plant an
/// irregularity in the frame, draw samples with the design, lose some observers, estimate the
/// share of stations with the irregularity exactly as `sbo estimate` would, and score every
/// interval method against the truth.
///
/// ```swift
/// let simulation = try DesignSimulation(
///     frame: frame, size: 105, stratifyBy: "region",
///     settings: SimulationSettings(prevalences: [0.03, 0.31], runs: 2_000, seed: "check"))
/// let report = simulation.run(threads: 2)
/// report.result(method: .wilson, prevalence: 0.03)?.coverage   // ≈ 0.95 if honest
/// ```
///
/// One run r (its random numbers from `Philox4x32(seed: settings.seed, stream: r)`):
/// 1. **Sample.** n_h stations per stratum h, n_h from `Allocator` exactly as `sbo sample`,
///    selected with the design's inclusion probabilities π_i (see `SimulationSampler`).
/// 2. **Non-response.** Each sampled station reports independently with probability R
///    (`uniformDouble < R`; no draws when R = 1).
/// 3. **Design.** The reporting stations make the `EstimationDesign` that `sbo estimate`
///    builds from SAMPLE.csv (`SampleDesign`): a stratum whose sampled stations share one π
///    with π·N_h = n_h is simple random (weights N_h/n_h over its n_h reporting stations,
///    correction 1 − n_h/N_h), any other is PPS (weights 1/π_i scaled to the sampled
///    stations' total Σ 1/π_i, no finite-population correction, certainty stations without
///    variance); a stratum where nobody reported drops out.
/// 4. **Plant**, for each prevalence p separately. Stratum h gets a rate p_h and each of its
///    N_h stations the irregularity independently with probability p_h:
///    ```
///    ρ = 0:  p_h = p
///    ρ > 0:  p_h ~ Beta(a, b),  a = p(1 − ρ)/ρ,  b = (1 − p)(1 − ρ)/ρ
///    y_i | p_h ~ Bernoulli(p_h)   (a 32-bit uniform word u_i: y_i = [u_i < ⌊p_h·2³²⌉])
///    ```
///    so E[y_i] = p and two stations of one stratum have correlation
///    corr(y_i, y_j) = 1/(a + b + 1) = ρ (the beta-binomial model: Skellam 1948; Ridout,
///    Demétrio and Firth 1999). The planted probability is p_h to within 2⁻³³. Only the
///    sampled stations' y_i are drawn one by one; the rest of each stratum contributes only
///    its count, drawn 64 stations at a time by ``BernoulliCount`` with the same rule, so a run
///    costs O(n + N/8) words rather than O(N).
/// 5. **Truth.** The run's finite-population share: truth = Σ_i y_i / N over all N stations of
///    the frame — the quantity `sbo estimate` estimates, not the model's p.
/// 6. **Score.** `estimateShare` with every method (all samples and non-response shared by the
///    prevalences and methods of a run; t quantiles looked up by degrees of freedom in
///    ``TQuantiles``, the same numbers as computing them), tallied by ``SimulationTally``.
///
/// Runs go in blocks of 100; block b covers runs 100b ..< 100(b + 1), blocks are spread over
/// the threads and merged in block order, so the report is identical for any thread count.
///
/// Coverage of the default method on the bundled design is checked in
/// `DesignSimulationTests`; the beta model in `BetaVariateTests`.
///
/// References: J. G. Skellam, "A probability distribution derived from the binomial
/// distribution by regarding the probability of success as variable between the sets of
/// trials", *JRSS B* 10(2), 1948, 257–261; M. S. Ridout, C. G. B. Demétrio, D. Firth,
/// "Estimating intraclass correlation for binary data", *Biometrics* 55(1), 1999, 137–148.
public struct DesignSimulation: Sendable {
    /// The strata of the design: name, N_h, n_h, PPS certainties.
    public let strata: [DrawnSample.Stratum]
    /// What the user should know about the design (e.g. Neyman without proportions).
    public let warnings: [String]
    /// The settings of the runs.
    public let settings: SimulationSettings
    /// N, the stations of the frame.
    let stationCount: Int
    /// The t quantiles of every degrees of freedom a run can have, computed once.
    let quantiles: TQuantiles
    /// The sampler of the design.
    let sampler: SimulationSampler

    /// Runs per block: the unit of work of a thread and of merging.
    static let blockSize = 100

    /// Prepares the simulation of a design: the same design as
    /// `SampleDrawer.draw(from: frame, request: SampleRequest(size:stratifyBy:allocation:proportions:ppsColumn:))`.
    ///
    /// - Throws: ``SimulationError`` for a setting out of range, and whatever drawing the
    ///   sample would throw (`FrameError`, `AllocationError`, `SelectionError`).
    public init(
        frame: SamplingFrame, size: Int, stratifyBy: String? = nil,
        allocation: Allocation = .proportional, proportions: [String: Double]? = nil,
        ppsColumn: String? = nil, settings: SimulationSettings
    ) throws {
        try settings.validate()
        // One real draw checks the design and fixes the allocation as `sbo sample` would.
        let drawn = try SampleDrawer.draw(
            from: frame,
            request: SampleRequest(
                size: size, seed: settings.seed, stratifyBy: stratifyBy, allocation: allocation,
                proportions: proportions, ppsColumn: ppsColumn))
        let stratification = try frame.stratification(by: stratifyBy)
        let sizes = try ppsColumn.map { column throws(FrameError) in
            try frame.wholeNumbers(in: column, option: "--pps")
        }
        strata = drawn.strata
        warnings = drawn.warnings
        self.settings = settings
        stationCount = frame.stationCount
        quantiles = TQuantiles(confidence: settings.confidence, upTo: size)
        sampler = SimulationSampler(
            stratification: stratification, allocation: drawn.strata.map(\.allocated),
            sizes: sizes, column: ppsColumn)
    }

    /// Runs the K runs of `settings` on `threads` threads and scores them.
    ///
    /// - Parameters:
    ///   - threads: ≥ 1; the report does not depend on it.
    ///   - progress: called on the calling thread with the number of runs done so far, a
    ///     few times during the simulation.
    public func run(threads: Int = 1, progress: ((Int) -> Void)? = nil) -> SimulationReport {
        precondition(threads >= 1, "at least one thread")
        let blockCount = (settings.runs + Self.blockSize - 1) / Self.blockSize
        let store = SimulationBlockStore(count: blockCount)
        let blocksPerBatch = threads * 5
        var next = 0
        while next < blockCount {
            let first = next
            let end = min(blockCount, first + blocksPerBatch)
            // The warm worker pool of the bootstrap: Dispatch's concurrentPerform was seen to
            // run both iterations on one thread on 2-vCPU machines.
            let parts = min(threads, end - first, WorkerPool.shared.maximumParts)
            WorkerPool.shared.run(parts: parts) { worker in
                var simulator = SimulationWorker(simulation: self)
                var block = first + worker
                while block < end {
                    store.set(simulator.simulate(block: block), at: block)
                    block += parts
                }
            }
            next = end
            progress?(min(settings.runs, next * Self.blockSize))
        }
        let cells = settings.methods.count * settings.prevalences.count
        var total = Array(repeating: SimulationTally(), count: cells)
        for block in store.blocks() {
            for cell in 0..<cells { total[cell].merge(block[cell]) }
        }
        var results: [SimulationResult] = []
        for (m, method) in settings.methods.enumerated() {
            for (k, prevalence) in settings.prevalences.enumerated() {
                results.append(
                    SimulationResult(
                        method: method, prevalence: prevalence,
                        tally: total[m * settings.prevalences.count + k]))
            }
        }
        return SimulationReport(strata: strata, settings: settings, results: results)
    }
}
