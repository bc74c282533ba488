/// Draws the samples of a design simulation: the same allocation and the same selection rule
/// as `SampleDrawer`, fed by a fast counter-based generator instead of SHA-256 tickets.
///
/// `SampleDrawer` takes, within each stratum, the stations in ascending ticket order; the
/// tickets of distinct ids are independent uniforms, so that order is a uniformly random
/// permutation of the stratum. The simulation draws that permutation directly:
/// - equal probability: a partial Fisher–Yates shuffle of the stratum's N_h stations, n_h
///   steps (step i swaps position i with i + `boundedRandom(below: N_h − i)`); the first n_h
///   positions are a uniformly random subset of size n_h, as the n_h smallest tickets are, so
///   π = n_h/N_h for every station;
/// - probability proportional to size: a full Fisher–Yates shuffle of the stratum's stations
///   of positive size, then `SystematicPPS` itself with the start digits T drawn uniformly
///   from {0, …, 10¹⁹ − 1} (`boundedRandom(below: 10¹⁹)`), where the design uses the digits of
///   its start ticket; certainty stations, π_i = n'·x_i/X' and the systematic pass are those
///   of the design.
///
/// The simulation therefore reproduces the design's inclusion probabilities (and the joint
/// distribution of its samples), not the tickets of a particular seed. Each draw shuffles a
/// fresh copy of the stratum in frame order, so a run's sample depends only on its generator
/// — not on which runs a thread did before.
///
/// Inclusion frequencies are checked against `SampleDrawer`'s probabilities in
/// `SimulationSamplerTests`.
///
/// Reference: R. A. Fisher and F. Yates, *Statistical Tables* (1938); R. Durstenfeld,
/// "Algorithm 235: Random permutation", *Communications of the ACM* 7(7), 1964, 420.
struct SimulationSampler: Sendable {
    /// A sampled station: its frame row, its stratum (index into `strata`) and π.
    struct Station: Sendable, Equatable {
        let row: Int
        let stratum: Int
        let probability: Double
    }

    /// One stratum's part of the design.
    struct Stratum: Sendable {
        let name: String
        /// N_h.
        let population: Int
        /// n_h.
        let count: Int
        /// Whether it is selected with probability proportional to size.
        let isProportionalToSize: Bool
        /// The frame rows to shuffle, in frame order: all N_h stations (equal probability)
        /// or those of positive size (PPS).
        let pool: [Int]
    }

    let strata: [Stratum]
    /// The sizes x_i of every frame row, for PPS.
    private let sizes: [Int]
    /// The `--pps` column, for `SystematicPPS`'s messages.
    private let column: String

    /// The sampler for the strata of `stratification` with n_h from `allocation`.
    /// - Parameters:
    ///   - sizes: with `column`, the PPS sizes of every frame row; nil for equal probability.
    ///   Every PPS stratum must have at least n_h stations of positive size (as `SampleDrawer`
    ///   checks).
    init(stratification: Stratification, allocation: [Int], sizes: [Int]?, column: String?) {
        precondition(allocation.count == stratification.members.count, "one n_h per stratum")
        self.sizes = sizes ?? []
        self.column = column ?? ""
        strata = stratification.members.indices.map { h in
            let members = stratification.members[h]
            let pool = sizes.map { sizes in members.filter { sizes[$0] > 0 } } ?? members
            precondition(pool.count >= allocation[h], "stratum has too few stations to select")
            return Stratum(
                name: stratification.names[h], population: members.count, count: allocation[h],
                isProportionalToSize: sizes != nil, pool: pool)
        }
    }

    /// One sample: the primaries of every stratum, strata in order.
    func draw(using generator: inout some RandomNumberGenerator) -> [Station] {
        var sample: [Station] = []
        sample.reserveCapacity(strata.reduce(0) { $0 + $1.count })
        for (h, stratum) in strata.enumerated() {
            var order = stratum.pool
            if stratum.isProportionalToSize {
                Self.shuffle(&order, steps: order.count - 1, using: &generator)
                let digits = boundedRandom(below: 10_000_000_000_000_000_000, using: &generator)
                let picks: StratumSelection
                do {
                    picks = try SystematicPPS.select(
                        count: stratum.count, reserves: 0, ordered: order, sizes: sizes,
                        startDigits: digits, stratum: stratum.name, column: column)
                } catch {
                    preconditionFailure("the pool holds enough stations of positive size: \(error)")
                }
                for pick in picks.primaries {
                    sample.append(Station(row: pick.row, stratum: h, probability: pick.probability))
                }
            } else {
                Self.shuffle(&order, steps: stratum.count, using: &generator)
                let probability = Double(stratum.count) / Double(stratum.population)
                for row in order.prefix(stratum.count) {
                    sample.append(Station(row: row, stratum: h, probability: probability))
                }
            }
        }
        return sample
    }

    /// The first `steps` steps of a Fisher–Yates shuffle: step i swaps positions i and
    /// i + `boundedRandom(below: count − i)`.
    private static func shuffle(
        _ rows: inout [Int], steps: Int, using generator: inout some RandomNumberGenerator
    ) {
        rows.withUnsafeMutableBufferPointer { buffer in
            for i in 0..<max(0, steps) {
                let j = i + Int(boundedRandom(below: UInt64(buffer.count - i), using: &generator))
                buffer.swapAt(i, j)
            }
        }
    }
}
