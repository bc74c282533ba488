/// How many polling stations to observe for a margin of error, or the margin a number of
/// reporting stations gives — for a station-level proportion, with finite-population
/// correction, a design effect and expected non-response.
///
/// With N stations in the frame, z = Φ⁻¹(1 − α/2), anticipated proportion P, design effect
/// deff, margin E (half-width of the interval) and response rate r:
/// ```
/// n₀ = z²·P(1 − P)·deff / E²
/// n  = ⌈ n₀ / (1 + (n₀ − 1)/N) ⌉                 reporting stations (stations_required)
/// deploy = ⌈ n / r ⌉                             stations to send observers to
/// E(n) = z·√( P(1 − P)·deff·(N − n) / (n·(N − 1)) )   the margin n reporting stations reach
/// ```
/// E(n) inverts the finite-population formula exactly (n₀ = n(N − 1)/(N − n)), so the margin
/// reported for `stations_required` is at most the one asked for.
/// Per stratum h, with n_h its share of the reporting stations under the allocation, the same
/// E(n_h) with N_h in place of N (0 when n_h = N_h).
///
/// Reference: Cochran, *Sampling Techniques* (3rd ed., 1977), §4.4–4.5 (eq. 4.2 and the
/// finite-population correction n = n₀/(1 + (n₀ − 1)/N)); Lohr, *Sampling: Design and
/// Analysis* (2nd ed., 2010), §2.7. Checked against hand computation and R in
/// `SampleSizePlanTests`.
public struct SampleSizePlan: Sendable, Equatable {
    /// One stratum's share of the plan.
    public struct Stratum: Sendable, Equatable {
        public let name: String
        /// N_h, stations in the frame's stratum.
        public let population: Int
        /// Reporting stations allocated to the stratum.
        public let allocated: Int
        /// Stations to deploy observers to in the stratum (the deployment allocated the same way).
        public let toDeploy: Int
        /// E(n_h) within the stratum.
        public let marginOfError: Double
    }

    public let assumptions: PlanningAssumptions
    /// N.
    public let population: Int
    /// n, reporting stations needed (or given with `--size`).
    public let stationsRequired: Int
    /// ⌈n / r⌉, capped at N.
    public let stationsToDeploy: Int
    /// ⌈n / r⌉ without the cap: more than N when the frame holds too few stations for the
    /// margin at this response rate (then ``isDeploymentCapped``).
    public let stationsToDeployUncapped: Double
    /// Whether ⌈n / r⌉ exceeds N, so that deploying to every station is expected to give only
    /// ⌊N·r⌋ reports, fewer than n, and the margin ``expectedMarginOfError`` instead of E(n).
    public var isDeploymentCapped: Bool { stationsToDeployUncapped > Double(population) }
    /// E(m) for the m = ⌊deploy·r⌋ reports expected from the stations deployed to: E(n) or worse.
    public let expectedMarginOfError: Double
    /// E(n).
    public let marginOfError: Double
    /// The margin of the stratified design with the allocation below (Cochran eq. 5.6 with
    /// the same P and deff in every stratum); nil without strata.
    public let stratifiedMarginOfError: Double?
    /// Per-stratum allocation and margins; empty without strata.
    public let strata: [Stratum]

    /// The plan that reaches margin `marginOfError` (E).
    public init(
        marginOfError: Double, population: Int, assumptions: PlanningAssumptions,
        strata: StrataPlanInput? = nil
    ) throws {
        let variance = Self.unitVariance(assumptions)
        let z = assumptions.z
        let n0 = z * z * variance / (marginOfError * marginOfError)
        let n = (n0 / (1 + (n0 - 1) / Double(population))).rounded(.up)
        try self.init(
            reportingStations: n < Double(population) ? max(Int(n), 1) : population, population: population,
            assumptions: assumptions, strata: strata)
    }

    /// The plan for `reportingStations` (n) stations that report.
    public init(
        reportingStations n: Int, population: Int, assumptions: PlanningAssumptions,
        strata: StrataPlanInput? = nil
    ) throws {
        guard n <= population else {
            throw PlanningError.sizeExceedsFrame(size: n, stations: population)
        }
        self.assumptions = assumptions
        self.population = population
        stationsRequired = n
        stationsToDeployUncapped = (Double(n) / assumptions.responseRate).rounded(.up)
        stationsToDeploy = stationsToDeployUncapped < Double(population)
            ? Int(stationsToDeployUncapped) : population
        marginOfError = Self.margin(n: n, population: population, assumptions: assumptions)
        let expected = min(n, Int((Double(stationsToDeploy) * assumptions.responseRate).rounded(.down)))
        expectedMarginOfError = Self.margin(n: expected, population: population, assumptions: assumptions)
        guard let strata else {
            self.strata = []
            stratifiedMarginOfError = nil
            return
        }
        let reporting = try strata.allocate(n)
        let deploying = try strata.allocate(stationsToDeploy)
        self.strata = strata.names.indices.map { h in
            Stratum(
                name: strata.names[h], population: strata.populations[h],
                allocated: reporting[h], toDeploy: deploying[h],
                marginOfError: Self.margin(
                    n: reporting[h], population: strata.populations[h], assumptions: assumptions))
        }
        let z = assumptions.z
        let total = Double(population)
        let variance = strata.names.indices.reduce(0.0) { sum, h in
            let size = Double(strata.populations[h])
            let share = size / total
            let n_h = Double(reporting[h])
            let correction = size > 1 ? (size - n_h) / (size - 1) : 0
            return sum + share * share * Self.unitVariance(assumptions) * correction / n_h
        }
        stratifiedMarginOfError = z * variance.squareRoot()
    }

    /// P(1 − P)·deff.
    private static func unitVariance(_ assumptions: PlanningAssumptions) -> Double {
        assumptions.proportion * (1 - assumptions.proportion) * assumptions.designEffect
    }

    /// E(n) = z·√(P(1 − P)·deff·(N − n)/(n(N − 1))); 0 for a census.
    static func margin(n: Int, population: Int, assumptions: PlanningAssumptions) -> Double {
        guard n < population, n > 0 else { return n > 0 ? 0 : .infinity }
        let correction = Double(population - n) / (Double(n) * Double(population - 1))
        return assumptions.z * (unitVariance(assumptions) * correction).squareRoot()
    }
}
