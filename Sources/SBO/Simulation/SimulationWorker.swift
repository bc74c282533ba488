/// One thread's share of a design simulation: it simulates whole blocks of runs with its own
/// scratch space (see ``DesignSimulation`` for one run).
struct SimulationWorker {
    private let simulation: DesignSimulation
    /// y_i for each sampled station, in sample order, rewritten for each prevalence.
    private(set) var events: [Bool] = []

    init(simulation: DesignSimulation) {
        self.simulation = simulation
    }

    /// The tallies of block `block` (runs blockSize·block ..< blockSize·(block + 1), cut at K),
    /// one per (method, prevalence), methods outermost.
    mutating func simulate(block: Int) -> [SimulationTally] {
        let settings = simulation.settings
        var tallies = Array(
            repeating: SimulationTally(),
            count: settings.methods.count * settings.prevalences.count)
        let first = block * DesignSimulation.blockSize
        for run in first..<min(settings.runs, first + DesignSimulation.blockSize) {
            simulate(run: run, into: &tallies)
        }
        return tallies
    }

    /// Run `run`: sample, non-response, then every prevalence and method.
    private mutating func simulate(run: Int, into tallies: inout [SimulationTally]) {
        let settings = simulation.settings
        var generator = PhiloxBuffer(Philox4x32(seed: settings.seed, stream: UInt64(run)))
        let (sample, reporting) = drawSample(using: &generator)
        let design = estimationDesign(sample: sample, reporting: reporting.map { sample[$0] })
        for (k, prevalence) in settings.prevalences.enumerated() {
            let truth = plant(prevalence: prevalence, sample: sample, using: &generator)
            let answers: [Bool?] = reporting.map { events[$0] }
            // One set of sums serves every method: only the interval differs.
            let sums = design.shareSums(of: [answers], in: nil)[0]
            for (m, method) in settings.methods.enumerated() {
                let share = design.shareEstimate(from: sums, method: method, quantiles: simulation.quantiles)
                tallies[m * settings.prevalences.count + k].record(
                    estimate: share.estimate, interval: share.interval, truth: truth)
            }
        }
    }

    /// Steps 1 and 2 of a run (``DesignSimulation``): the sample, and the indices of its
    /// stations that report (each independently with probability R: `uniformDouble < R`).
    func drawSample(
        using generator: inout some RandomNumberGenerator
    ) -> (sample: [SimulationSampler.Station], reporting: [Int]) {
        let rate = simulation.settings.responseRate
        let sample = simulation.sampler.draw(using: &generator)
        let reports = rate < 1
            ? sample.map { _ in uniformDouble(using: &generator) < rate }
            : Array(repeating: true, count: sample.count)
        return (sample, sample.indices.filter { reports[$0] })
    }

    /// The design `sbo estimate` builds from SAMPLE.csv and the reporting stations: each
    /// stratum classified, and a PPS stratum's sampled weight taken, from its sampled
    /// stations' π (`DesignStratum(name:populationSize:primaryProbabilities:)`).
    private func estimationDesign(
        sample: [SimulationSampler.Station], reporting: [SimulationSampler.Station]
    ) -> EstimationDesign {
        let strata = simulation.sampler.strata
        var probabilities = Array(repeating: [Double](), count: strata.count)
        for station in sample { probabilities[station.stratum].append(station.probability) }
        let designStrata = strata.indices.map { h in
            DesignStratum(
                name: strata[h].name, populationSize: strata[h].population,
                primaryProbabilities: probabilities[h])
        }
        let stations = reporting.map {
            ReportingStation(stratum: strata[$0.stratum].name, inclusionProbability: $0.probability)
        }
        do {
            return try EstimationDesign(strata: designStrata, stations: stations)
        } catch {
            preconditionFailure("a simulated sample always makes a valid design: \(error)")
        }
    }

    /// Plants the irregularity at prevalence p (step 4 of ``DesignSimulation``) and returns
    /// the planted share Σ y_i / N over the whole frame.
    ///
    /// Only the sampled stations' y_i are needed one by one (`events`, in sample order); of
    /// the other N_h − s_h stations of stratum h (s_h of it sampled) only the number planted,
    /// which ``BernoulliCount`` draws with the same rule y_i = [u_i < t_h]. Given p_h the y_i of
    /// a stratum are independent and the sample does not depend on them, so the sampled y_i
    /// and the unsampled count are exactly as if every station had been drawn one by one.
    mutating func plant(
        prevalence p: Double, sample: [SimulationSampler.Station],
        using generator: inout some RandomNumberGenerator
    ) -> Double {
        let rho = simulation.settings.clusterCorrelation
        events.removeAll(keepingCapacity: true)
        var planted = 0
        var end = 0
        for (h, stratum) in simulation.sampler.strata.enumerated() {
            let rate = rho > 0
                ? BetaVariate.draw(
                    alpha: p * (1 - rho) / rho, beta: (1 - p) * (1 - rho) / rho, using: &generator)
                : p
            let threshold = UInt64((rate * 0x1p32).rounded())
            let first = end
            while end < sample.count && sample[end].stratum == h { end += 1 }
            var index = first
            while index < end {
                let word = generator.next()
                let low = word & 0xFFFF_FFFF < threshold
                events.append(low)
                planted += low ? 1 : 0
                if index + 1 < end {
                    let high = word >> 32 < threshold
                    events.append(high)
                    planted += high ? 1 : 0
                }
                index += 2
            }
            planted += BernoulliCount.count(
                trials: stratum.population - (end - first), threshold: threshold, using: &generator)
        }
        return Double(planted) / Double(simulation.stationCount)
    }
}
