/// One thread's share of a design simulation: it simulates whole blocks of runs with its own
/// scratch space (see ``DesignSimulation`` for one run).
struct SimulationWorker {
    private let simulation: DesignSimulation
    /// y_i for every frame row, rewritten for each prevalence.
    private var events: [Bool]

    init(simulation: DesignSimulation) {
        self.simulation = simulation
        events = Array(repeating: false, count: simulation.stationCount)
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
        var generator = Philox4x32(seed: settings.seed, stream: UInt64(run))
        let sample = simulation.sampler.draw(using: &generator)
        let reporting = settings.responseRate < 1
            ? sample.filter { _ in uniformDouble(using: &generator) < settings.responseRate }
            : sample
        let design = estimationDesign(sample: sample, reporting: reporting)
        for (k, prevalence) in settings.prevalences.enumerated() {
            let truth = plant(prevalence: prevalence, using: &generator)
            let answers: [Bool?] = reporting.map { events[$0.row] }
            for (m, method) in settings.methods.enumerated() {
                let share = design.estimateShare(
                    of: answers, confidence: settings.confidence, method: method)
                tallies[m * settings.prevalences.count + k].record(
                    estimate: share.estimate, interval: share.interval, truth: truth)
            }
        }
    }

    /// The design `sbo estimate` builds from SAMPLE.csv and the reporting stations: each
    /// stratum classified by `SampleDesign.selection(primaryProbabilities:populationSize:)`
    /// from its sampled stations' π.
    private func estimationDesign(
        sample: [SimulationSampler.Station], reporting: [SimulationSampler.Station]
    ) -> EstimationDesign {
        let strata = simulation.sampler.strata
        var probabilities = Array(repeating: [Double](), count: strata.count)
        for station in sample { probabilities[station.stratum].append(station.probability) }
        let designStrata = strata.indices.map { h in
            DesignStratum(
                name: strata[h].name, populationSize: strata[h].population,
                selection: SampleDesign.selection(
                    primaryProbabilities: probabilities[h], populationSize: strata[h].population))
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

    /// Plants the irregularity at prevalence p in every station of the frame (`events`) and
    /// returns the planted share Σ y_i / N.
    private mutating func plant(
        prevalence p: Double, using generator: inout some RandomNumberGenerator
    ) -> Double {
        let rho = simulation.settings.clusterCorrelation
        var planted = 0
        for members in simulation.members {
            let rate = rho > 0
                ? BetaVariate.draw(
                    alpha: p * (1 - rho) / rho, beta: (1 - p) * (1 - rho) / rho, using: &generator)
                : p
            let threshold = UInt64((rate * 0x1p32).rounded())
            var index = 0
            while index < members.count {
                let word = generator.next()
                let low = word & 0xFFFF_FFFF < threshold
                events[members[index]] = low
                planted += low ? 1 : 0
                if index + 1 < members.count {
                    let high = word >> 32 < threshold
                    events[members[index + 1]] = high
                    planted += high ? 1 : 0
                }
                index += 2
            }
        }
        return Double(planted) / Double(simulation.stationCount)
    }
}
