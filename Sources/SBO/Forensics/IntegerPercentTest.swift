import Foundation

/// Integer percentages (Kobak, Shpilkin & Pshenichnikov 2016): how many stations report a
/// figure that is a whole percentage, against how many would by chance when each station's
/// count is binomial with its own size and rate.
///
/// A count v out of n is *at a whole percentage* when it is the count nearest to n·k/100 for
/// some whole k, within half a vote:
/// ```
/// |v − n·k/100| < ½   ⇔   min(r, n − r) < 50,   r = 100·v mod n
/// ```
/// For n ≥ 200 at most one count lies within ½ of each n·k/100, so about 100/n of all counts
/// qualify; for n ≤ 100 every count does, so only stations with n > 100 are tested (below
/// that a whole percentage says nothing), and only those with v ≤ n.
///
/// Null hypothesis: station i's count is Binomial(n_i, p_i) with p_i = v_i/n_i, its own rate
/// (as the paper's Monte Carlo does). The probability that it lands on a whole percentage is
/// computed exactly from the binomial pmf, summed over the qualifying counts, walking out from
/// the mode with pmf(v+1) = pmf(v)·(n−v)/(v+1)·p/(1−p) until the terms fall below 10⁻¹⁷:
/// ```
/// P_i      = Σ_{v whole} C(n_i, v) p_iᵛ (1 − p_i)^(n_i − v)
/// expected = Σ_i P_i
/// S        = Σ_i B_i,   B_i ~ Bernoulli(P_i) independent     (Poisson-binomial)
/// p-value  = P(S ≥ observed)
/// ```
/// The p-value is simulated (B draws of S, one uniform per station per draw, each draw on its
/// own ``Philox4x32`` stream, p = (1 + #{S_b ≥ observed}) / (B + 1)) when stations × B is at most
/// ``simulationBudget``; above that, the refined normal approximation of the Poisson-binomial
/// (Volkova 1996; Hong 2013, who finds it accurate to about 10⁻³ or better at these sizes) is used:
/// ```
/// P(S ≥ k) ≈ 1 − G((k − ½ − μ)/σ),  G(x) = Φ(x) + γ(1 − x²)φ(x)/6
/// μ = Σ P_i,  σ² = Σ P_i(1 − P_i),  γ = Σ P_i(1 − P_i)(1 − 2P_i) / σ³
/// ```
/// Checked against scipy's binomial pmf and the exact Poisson-binomial tail in
/// `Tests/SBOTests/Forensics/Reference/forensics_reference.py` (`ForensicsReferenceTests`).
///
/// References: D. Kobak, S. Shpilkin, M. S. Pshenichnikov, "Integer percentages as electoral
/// falsification fingerprints", Annals of Applied Statistics 10(1):54–73, 2016,
/// [doi:10.1214/16-AOAS904]; Y. Hong, "On computing the distribution function for the Poisson
/// binomial distribution", Computational Statistics & Data Analysis 59:41–51, 2013,
/// [doi:10.1016/j.csda.2012.10.006].
///
/// [doi:10.1214/16-AOAS904]: https://doi.org/10.1214/16-AOAS904
/// [doi:10.1016/j.csda.2012.10.006]: https://doi.org/10.1016/j.csda.2012.10.006
public struct IntegerPercentTest: Sendable, Equatable {
    /// How the p-value was obtained.
    public enum Null: Sendable, Equatable {
        /// Monte Carlo with this many draws.
        case simulated(draws: Int)
        /// The refined normal approximation (too many stations × draws to simulate).
        case normalApproximation
    }

    /// Simulate when stations × draws is at most this (about a second on one core).
    public static let simulationBudget = 200_000_000

    /// `turnout` or the candidate's column.
    public let figure: String
    /// The `--by` group, nil for all stations.
    public let domain: String?
    /// Stations tested (n > 100, v ≤ n).
    public let stationsTested: Int
    /// Of those, stations at a whole percentage.
    public let stationsAtInteger: Int
    /// Expected number under the null, Σ P_i.
    public let expected: Double
    /// √Σ P_i(1 − P_i).
    public let standardDeviation: Double
    /// One-sided P(S ≥ observed); nil with no station tested.
    public let pValue: Double?
    /// How ``pValue`` was obtained.
    public let null: Null

    /// Whether v out of n is within half a vote of a whole percentage of n (n ≥ 1).
    @inlinable
    public static func isWholePercent(_ v: Int, of n: Int) -> Bool {
        let r = (100 * v) % n
        return min(r, n - r) < 50
    }

    /// P(Binomial(n, p) is at a whole percentage of n), exactly (up to terms below 10⁻¹⁷).
    public static func probabilityOfWholePercent(n: Int, p: Double) -> Double {
        if p <= 0 || p >= 1 { return 1 }  // all mass on 0 or n: 0 % and 100 %
        let q = 1 - p
        let mode = min(n, Int((Double(n + 1) * p).rounded(.down)))
        let logMode = lgamma(Double(n + 1)) - lgamma(Double(mode + 1)) - lgamma(Double(n - mode + 1))
            + Double(mode) * log(p) + Double(n - mode) * log1p(-p)
        let top = exp(logMode)
        var total = 0.0
        // Upwards from the mode.
        var pmf = top, v = mode, r = (100 * mode) % n
        let odds = p / q
        while v <= n, pmf > 1e-17 {
            if min(r, n - r) < 50 { total += pmf }
            pmf *= Double(n - v) / Double(v + 1) * odds
            v += 1
            r += 100
            while r >= n { r -= n }
        }
        // Downwards from just below the mode.
        pmf = top * Double(mode) / Double(n - mode + 1) / odds
        v = mode - 1
        r = (100 * max(v, 0)) % n
        while v >= 0, pmf > 1e-17 {
            if min(r, n - r) < 50 { total += pmf }
            pmf *= Double(v) / Double(n - v + 1) / odds
            v -= 1
            r -= 100
            while r < 0 { r += n }
        }
        return min(1, total)
    }

    /// Runs the test on `figure` over the stations `rows`.
    ///
    /// - Parameters:
    ///   - figure: counts v_i and sizes n_i per station.
    ///   - rows: the stations (all, or one `--by` group).
    ///   - domain: the group's name, nil for all.
    ///   - draws: B ≥ 1 simulated draws of S.
    ///   - simulate: whether to simulate; nil: when the tested stations × B is at most
    ///     ``simulationBudget`` (callers testing many groups decide once for all of them).
    ///   - seed: the Philox seed; draw b uses stream b.
    public init(
        figure: StationRatio, rows: [Int], domain: String? = nil, draws: Int = 10_000, simulate: Bool? = nil,
        seed: String
    ) {
        precondition(draws >= 1, "at least one draw")
        let tested = rows.filter { figure.denominators[$0] > 100 && figure.numerators[$0] <= figure.denominators[$0] }
        var probabilities = [Double](repeating: 0, count: tested.count)
        let parts = min(WorkerPool.shared.maximumParts, max(1, tested.count / 20_000))
        if !tested.isEmpty { probabilities.withUnsafeMutableBufferPointer { buffer in
            let out = PartOutput(buffer)
            WorkerPool.shared.run(parts: parts) { part in
                let lower = tested.count * part / parts, upper = tested.count * (part + 1) / parts
                for i in lower..<upper {
                    let row = tested[i]
                    let n = figure.denominators[row], v = figure.numerators[row]
                    out.store(Self.probabilityOfWholePercent(n: n, p: Double(v) / Double(n)), at: i)
                }
            }
        } }
        let observed = tested.filter { Self.isWholePercent(figure.numerators[$0], of: figure.denominators[$0]) }.count
        let mean = probabilities.reduce(0, +)
        let variance = probabilities.reduce(0) { $0 + $1 * (1 - $1) }
        let sigma = variance.squareRoot()

        self.figure = figure.name
        self.domain = domain
        self.stationsTested = tested.count
        self.stationsAtInteger = observed
        self.expected = mean
        self.standardDeviation = sigma
        if tested.isEmpty {
            self.pValue = nil
            self.null = .simulated(draws: draws)
        } else if simulate ?? Self.withinBudget(stations: tested.count, draws: draws) {
            self.pValue = Self.simulatedTail(probabilities, atLeast: observed, draws: draws, seed: seed)
            self.null = .simulated(draws: draws)
        } else {
            self.pValue = Self.normalTail(probabilities, atLeast: observed, mean: mean, sigma: sigma)
            self.null = .normalApproximation
        }
    }

    /// Whether stations × draws is at most ``simulationBudget``.
    public static func withinBudget(stations: Int, draws: Int) -> Bool {
        let (product, overflow) = stations.multipliedReportingOverflow(by: draws)
        return !overflow && product <= simulationBudget
    }

    /// (1 + #{S_b ≥ k}) / (B + 1), S_b = Σ_i [u_ib < P_i], draw b on stream b.
    static func simulatedTail(_ probabilities: [Double], atLeast k: Int, draws: Int, seed: String) -> Double {
        // Compare 53-bit uniforms as integers: u < P ⇔ ⌊x / 2¹¹⌋ < ⌈P · 2⁵³⌉.
        let thresholds = probabilities.map { UInt64(($0 * 0x1p53).rounded(.up)) }
        let parts = min(WorkerPool.shared.maximumParts, draws)
        var counts = [Int](repeating: 0, count: parts)
        counts.withUnsafeMutableBufferPointer { buffer in
            let out = PartOutput(buffer)
            WorkerPool.shared.run(parts: parts) { part in
                var exceed = 0
                for draw in stride(from: part, to: draws, by: parts) {
                    var generator = PhiloxBuffer(Philox4x32(seed: seed, stream: UInt64(draw)))
                    var sum = 0
                    for threshold in thresholds where generator.next() >> 11 < threshold { sum += 1 }
                    if sum >= k { exceed += 1 }
                }
                out.store(exceed, at: part)
            }
        }
        return Double(1 + counts.reduce(0, +)) / Double(1 + draws)
    }

    /// The refined normal approximation of P(S ≥ k).
    static func normalTail(_ probabilities: [Double], atLeast k: Int, mean: Double, sigma: Double) -> Double {
        guard sigma > 0 else { return Double(k) <= mean + 1e-9 ? 1 : 0 }
        let skew = probabilities.reduce(0) { $0 + $1 * (1 - $1) * (1 - 2 * $1) } / (sigma * sigma * sigma)
        let x = (Double(k) - 0.5 - mean) / sigma
        let density = exp(-x * x / 2) / (2 * Double.pi).squareRoot()
        let below = NormalDistribution.cdf(x) + skew * (1 - x * x) * density / 6
        return min(1, max(0, 1 - below))
    }
}
