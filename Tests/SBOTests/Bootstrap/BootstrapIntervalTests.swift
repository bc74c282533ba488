import Testing
@testable import SBO

/// The interval formulas on a fixed set of replicates, against R boot's `boot.ci`.
@Suite struct BootstrapIntervalTests {
    /// t*_b = ((389 b) mod 997)² / 2²⁰ for b = 1…999: exact in `Float`, skewed to the right.
    static let replicates: [Float] = (1...999).map { Float(((389 * $0) % 997) * ((389 * $0) % 997)) / 1_048_576 }
    /// The jackknife values given to boot.ci as `L`.
    static let influence: [Double] = [-3, -1, 0, 1, 4, -2, 5, -4]
    /// a = Σ L³ / (6 (Σ L²)^{3/2}); R: `sum(L^3)/(6*sum(L^2)^1.5)` = 0.024552318791199564.
    static var acceleration: Double {
        let squares = influence.reduce(0) { $0 + $1 * $1 }
        return influence.reduce(0) { $0 + $1 * $1 * $1 } / (6 * (squares * squares * squares).squareRoot())
    }

    // R 4.x, boot 1.3:
    //   y <- c(-3,-1,0,1,4,-2,5,-4); b <- boot(y, function(d, i) mean(d[i]), R = 999)
    //   b$t <- matrix((((1:999) * 389) %% 997)^2 / 2^20, ncol = 1); b$t0 <- 0.25
    //   ci <- boot.ci(b, conf = conf, type = c("perc", "basic", "bca"), L = y)
    //   sprintf("%.17g", c(ci$percent[4:5], ci$basic[4:5], ci$bca[4:5]))
    static let expected: [(Double, BootstrapInterval, Double, Double)] = [
        (0.95, .percentile, 0.00054931640625000065, 0.9010162353515625),
        (0.95, .basic, -0.4010162353515625, 0.49945068359375),
        (0.95, .bca, 0.0011367968265878247, 0.91669883580826439),
        (0.90, .percentile, 0.0022897720336914062, 0.85526371002197266),
        (0.90, .basic, -0.35526371002197266, 0.49771022796630859),
        (0.90, .bca, 0.0038803396095329688, 0.87863190575377015),
    ]

    @Test func accelerationFromInfluenceValues() {
        #expect(isClose(Self.acceleration, 0.024552318791199564, tolerance: 1e-15))
    }

    @Test(arguments: 0..<6)
    func agreesWithBootCI(row: Int) throws {
        let (confidence, method, low, high) = Self.expected[row]
        let interval = try #require(method.bounds(
            replicates: Self.replicates, estimate: 0.25, acceleration: Self.acceleration,
            confidence: confidence))
        #expect(isClose(interval.lowerBound, low, tolerance: 1e-12))
        #expect(isClose(interval.upperBound, high, tolerance: 1e-12))
    }

    @Test func missingReplicatesAreSkipped() throws {
        let withNaN = Self.replicates + [Float.nan, .nan]
        let interval = try #require(BootstrapInterval.percentile.bounds(
            replicates: withNaN, estimate: 0.25, acceleration: nil, confidence: 0.95))
        #expect(isClose(interval.lowerBound, 0.00054931640625000065, tolerance: 1e-12))
        #expect(BootstrapInterval.bca.bounds(replicates: withNaN, estimate: 0.25, acceleration: nil, confidence: 0.95) == nil)
        #expect(BootstrapInterval.percentile.bounds(replicates: [Float.nan], estimate: 0, acceleration: nil, confidence: 0.95) == nil)
    }

    @Test func bcaIsUndefinedWhenNoReplicateIsBelowTheEstimate() {
        // z₀ = Φ⁻¹(0) = −∞, as for a share estimated at 0: boot.ci stops with an error.
        #expect(BootstrapInterval.bca.bounds(replicates: [0, 0, 0.1], estimate: 0, acceleration: 0, confidence: 0.95) == nil)
    }

    @Test func selectionFindsEveryOrderStatistic() {
        var generator = Philox4x32(seed: "select", stream: 0)
        for count in [1, 2, 3, 10, 257] {
            // Many ties: values from a small set.
            let values = (0..<count).map { _ in Float(boundedRandom(below: 7, using: &generator)) }
            let sorted = values.sorted()
            for rank in 1...count {
                var sample = values
                #expect(BootstrapInterval.orderStatistic(&sample, rank) == sorted[rank - 1])
            }
        }
    }
}

/// The BCa acceleration of a stratified design against its closed form.
@Suite struct StratifiedAccelerationTests {
    /// For a share from simple random strata with complete answers, deleting station i of
    /// stratum g and reweighting the rest of g by n_g/(n_g − 1) gives
    /// θ₍gi₎ = p̂ + (N_g/N)(ȳ_g − y_i)/(n_g − 1), so ℓ_gi = (n_g − 1)/n_g (θ̄₍g·₎ − θ₍gi₎)
    /// = (N_g/N)(y_i − ȳ_g)/n_g and a = Σ ℓ³ / (6 (Σ ℓ²)^{3/2}) (Davison and Hinkley 1997,
    /// §3.7, eq. 5.24). Three strata of unequal n_g and N_g/N, so that neither the factor
    /// (n_g − 1)/n_g nor the centring at each stratum's own mean cancels (it does with one
    /// stratum, where the unstratified test cannot tell).
    @Test func stratifiedAccelerationMatchesTheClosedForm() throws {
        let sizes = [4, 9, 23], populations = [40, 300, 120]
        let answers: [[Bool]] = [
            [true, false, false, false],
            (0..<9).map { $0 < 2 },
            (0..<23).map { $0 % 4 == 0 },
        ]
        let total = Double(populations.reduce(0, +))
        var stationStrata = [Int](), weights = [Double](), values = [Bool?]()
        var squares = 0.0, cubes = 0.0
        for g in 0..<3 {
            let n = Double(sizes[g]), mean = Double(answers[g].filter { $0 }.count) / n
            for y in answers[g] {
                stationStrata.append(g)
                weights.append(Double(populations[g]) / n)
                values.append(y)
                let l = Double(populations[g]) / total * ((y ? 1 : 0) - mean) / n
                squares += l * l
                cubes += l * l * l
            }
        }
        let closedForm = cubes / (6 * (squares * squares * squares).squareRoot())
        let input = try BootstrapInput(
            strata: (0..<3).map { BootstrapStratum(name: "s\($0)", populationSize: populations[$0]) },
            stationStrata: stationStrata, weights: weights,
            indicators: [BootstrapIndicator(name: "q", values: values)])
        let result = try input.bootstrap(replicates: 10, seed: "acceleration", scheme: .raoWu)
        #expect(isClose(try #require(result.accelerations[0]), closedForm, tolerance: 1e-12))
        // Without the factor (n_g − 1)/n_g (ℓ' = (N_g/N)(y_i − ȳ_g)/(n_g − 1)) the acceleration
        // would differ by 0.5 % on these strata — 10⁹ times the tolerance — so the test tells
        // them apart.
        var squares1 = 0.0, cubes1 = 0.0
        for g in 0..<3 {
            let n = Double(sizes[g]), mean = Double(answers[g].filter { $0 }.count) / n
            for y in answers[g] {
                let l = Double(populations[g]) / total * ((y ? 1 : 0) - mean) / (n - 1)
                squares1 += l * l
                cubes1 += l * l * l
            }
        }
        #expect(abs(cubes1 / (6 * (squares1 * squares1 * squares1).squareRoot()) / closedForm - 1) > 1e-3)
    }
}
