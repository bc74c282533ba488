import Testing
@testable import SBO

/// The resampling engine: determinism, its two kernels, the statistics it resamples, and its
/// standard errors against the textbook linearised ones.
@Suite struct BootstrapEngineTests {
    /// 105 stations of one stratum: "rare" happened at stations 0, 35, 70 (3/105), "common"
    /// where i mod 10 < 3 (33/105).
    static func simpleInput(weight: Double = 1) throws -> BootstrapInput {
        try BootstrapInput(
            strata: [BootstrapStratum(name: "all", populationSize: 6537)],
            stationStrata: Array(repeating: 0, count: 105),
            weights: Array(repeating: weight, count: 105),
            indicators: [
                BootstrapIndicator(name: "rare", values: (0..<105).map { $0 % 35 == 0 }),
                BootstrapIndicator(name: "common", values: (0..<105).map { $0 % 10 < 3 }),
            ])
    }

    /// Four strata (n_h = 10, 20, 30, 45 of N_h given), indicator rates 0.1, 0.3, 0.5, 0.2 by
    /// stratum from a fixed pattern, SRS weights N_h/n_h, and a ratio of counts.
    static func stratifiedInput(populations: [Int]) throws -> BootstrapInput {
        let sizes = [10, 20, 30, 45], rates = [0.1, 0.3, 0.5, 0.2]
        var strata = [Int](), weights = [Double](), values = [Bool?](), cast = [Double](), registered = [Double]()
        var generator = Philox4x32(seed: "stratified", stream: 0)
        for (h, size) in sizes.enumerated() {
            for _ in 0..<size {
                strata.append(h)
                weights.append(Double(populations[h]) / Double(size))
                values.append(uniformDouble(using: &generator) < rates[h])
                let voters = Double(300 + boundedRandom(below: 1500, using: &generator))
                registered.append(voters)
                cast.append((voters * (0.4 + 0.4 * uniformDouble(using: &generator))).rounded())
            }
        }
        return try BootstrapInput(
            strata: populations.enumerated().map { BootstrapStratum(name: "s\($0.offset)", populationSize: $0.element) },
            stationStrata: strata, weights: weights,
            indicators: [BootstrapIndicator(name: "event", values: values)],
            ratios: [BootstrapRatio(name: "turnout", numerators: cast, denominators: registered)])
    }

    /// The textbook linearised SE of a stratified SRS share,
    /// v = Σ_h (N_h/N)² (1 − f_h) s²_h / n_h (Cochran 1977, eq. 5.5), with or without the fpc.
    static func linearisedShareSE(_ input: BootstrapInput, finitePopulationCorrection: Bool) -> Double {
        let total = Double(input.strata.reduce(0) { $0 + $1.populationSize! })
        var variance = 0.0
        for (h, stratum) in input.strata.enumerated() {
            let ys = input.stationStrata.indices.filter { input.stationStrata[$0] == h }
                .map { input.indicators[0].values[$0]! ? 1.0 : 0.0 }
            let n = Double(ys.count), mean = ys.reduce(0, +) / n
            let s2 = ys.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
            let share = Double(stratum.populationSize!) / total
            let fpc = finitePopulationCorrection ? 1 - n / Double(stratum.populationSize!) : 1
            variance += share * share * fpc * s2 / n
        }
        return variance.squareRoot()
    }

    // MARK: Determinism

    @Test func goldenReplicatePrefix() throws {
        let result = try Self.simpleInput().bootstrap(replicates: 5, seed: "golden", scheme: .iid)
        // Independent route: the documented index stream, re-implemented with the scalar
        // Philox4x32 in `PhiloxStreamTests`, and the share counted by hand.
        for replicate in 0..<5 {
            let drawn = PhiloxStreamTests.referenceIndices(seed: "golden", stream: UInt64(replicate), groups: [(105, 105)])[0]
            let rare = drawn.filter { $0 % 35 == 0 }.count, common = drawn.filter { $0 % 10 < 3 }.count
            #expect(result.replicates(of: 0)[replicate] == Float(Double(rare) / 105))
            #expect(result.replicates(of: 1)[replicate] == Float(Double(common) / 105))
        }
        // Pinned, so that a change of the stream (generator, order, rejection) shows.
        #expect(result.replicates(of: 1).map { Int(($0 * 105).rounded()) } == Self.goldenCommonCounts)
    }
    /// Counts of "common" in replicates 0–4 of seed "golden", from a third route:
    /// `Reference/philox_stream.py`, a Python re-implementation of the documented stream
    /// (Philox4x32-10 from the paper, the key from `hashlib.sha256`, buffers of 8 + 4 + 2
    /// blocks, four base-105 digits per word). (The earlier stream of one index per 16-bit half
    /// word gave [40, 27, 33, 25, 39].)
    static let goldenCommonCounts = [37, 28, 30, 27, 32]

    @Test func oneAndTwoThreadsGiveIdenticalReplicates() throws {
        let input = try Self.stratifiedInput(populations: [100, 400, 300, 900])
        for scheme in [BootstrapScheme.raoWu, .iid, .raoWuWithFinitePopulationCorrection] {
            let one = try input.bootstrap(replicates: 3001, seed: "threads", scheme: scheme, threads: 1)
            let two = try input.bootstrap(replicates: 3001, seed: "threads", scheme: scheme, threads: 2)
            let automatic = try input.bootstrap(replicates: 3001, seed: "threads", scheme: scheme)
            #expect(one.storage.elementsEqual(two.storage) { $0.bitPattern == $1.bitPattern })
            #expect(one == automatic)
            let other = try input.bootstrap(replicates: 3001, seed: "threads!", scheme: scheme, threads: 2)
            #expect(other.storage != one.storage)
        }
    }

    @Test(arguments: [false, true])
    func countsOnlyRunsAgreeAcrossThreadsAndWithTheDoublePath(missing: Bool) throws {
        // One equal-weight group (iid): replicates drawn in batches of ⌊1536/105⌋ = 14, the
        // shares from the table (complete answers) or from blocks of counts (blank answers);
        // B = 3001 splits into ranges that are not multiples of the batch or the block.
        var indicators = try Self.simpleInput().indicators
        if missing {
            indicators.append(BootstrapIndicator(name: "patchy", values: (0..<105).map { $0 % 7 == 0 ? nil : $0 % 4 == 0 }))
        }
        let input = try BootstrapInput(
            strata: [BootstrapStratum(name: "all")], stationStrata: Array(repeating: 0, count: 105),
            weights: Array(repeating: 2.5, count: 105), indicators: indicators)
        let one = try input.bootstrap(replicates: 3001, seed: "batches", scheme: .iid, threads: 1)
        let two = try input.bootstrap(replicates: 3001, seed: "batches", scheme: .iid, threads: 2)
        let general = try input.bootstrap(replicates: 3001, seed: "batches", scheme: .iid, threads: 1, generalOnly: true)
        #expect(one.storage.elementsEqual(two.storage) { $0.bitPattern == $1.bitPattern })
        #expect(zip(one.storage, general.storage).allSatisfy { abs($0 - $1) <= 1e-6 || ($0.isNaN && $1.isNaN) })
        #expect(one.storage.contains { $0 != one.storage[0] })
    }

    /// A counts-only run (one group, complete answers) counts each share's replicates by table
    /// entry as it draws them; its intervals must be those of the replicates themselves.
    @Test func countedSharesGiveTheReplicatesIntervals() throws {
        let input = try Self.simpleInput(weight: 2.5)
        for threads in [1, 2] {
            let result = try input.bootstrap(replicates: 4001, seed: "counted", scheme: .iid, threads: threads)
            #expect(result.histograms.count == 2 && result.histograms.allSatisfy { $0 != nil })
            for statistic in 0..<2 {
                let replicates = result.replicates(of: statistic)
                #expect(result.histograms[statistic] == ReplicateHistogram(replicates))
                for method in BootstrapInterval.allCases {
                    let expected = method.bounds(
                        replicates: replicates, estimate: result.estimates[statistic]!,
                        acceleration: result.accelerations[statistic], confidence: 0.9)
                    #expect(result.interval(of: statistic, method: method, confidence: 0.9) == expected)
                }
            }
        }
    }

    @Test func byteAndDoubleKernelsAgree() throws {
        var indicators = try Self.simpleInput().indicators
        indicators.append(BootstrapIndicator(name: "patchy", values: (0..<105).map { $0 % 7 == 0 ? nil : $0 % 4 == 0 }))
        let input = try BootstrapInput(
            strata: [BootstrapStratum(name: "a"), BootstrapStratum(name: "b")],
            stationStrata: (0..<105).map { $0 < 50 ? 0 : 1 }, weights: (0..<105).map { $0 < 50 ? 3 : 5 },
            indicators: indicators)
        let fast = try input.bootstrap(replicates: 500, seed: "kernels", scheme: .raoWu, threads: 1, generalOnly: false)
        let general = try input.bootstrap(replicates: 500, seed: "kernels", scheme: .raoWu, threads: 1, generalOnly: true)
        for (a, b) in zip(fast.storage, general.storage) { #expect(abs(a - b) <= 1e-6 * max(1, abs(b))) }
    }

    @Test(arguments: [(20, false), (20, true), (40, true), (7, true), (8, true), (17, false), (16, true), (17, true), (100, true)])
    func packedRowsAgreeWithTheDoublePath(indicators: Int, missing: Bool) throws {
        // k = 20 complete: one nibble vector a row; k = 20 with blanks: 40 columns, two
        // vectors; k = 40 with blanks: 80 columns, two passes of two vectors; k = 7 with blanks:
        // 14 byte columns; the edges: 16 columns (bytes), 17 (nibbles), 32 (one vector), 34
        // (two), 200 (eight vectors, four passes). Strata of 2,000, 17 and 300 stations: one
        // draws more than a chunk (1,536) and than a byte run (240) between widenings, one
        // draws 16 (group by group); strata of 60, 17 and 30: all groups' rows at once.
        for sizes in [[2000, 17, 300], [60, 17, 30]] {
            var generator = Philox4x32(seed: "packed", stream: UInt64(indicators))
            let strata = sizes.enumerated().flatMap { Array(repeating: $0.offset, count: $0.element) }
            let columns = (0..<indicators).map { j in
                BootstrapIndicator(name: "q\(j)", values: strata.map { _ -> Bool? in
                    let u = uniformDouble(using: &generator)
                    return missing && u < 0.1 ? nil : u < 0.1 + 0.8 * Double(j) / Double(indicators)
                })
            }
            let input = try BootstrapInput(
                strata: sizes.indices.map { BootstrapStratum(name: "s\($0)") }, stationStrata: strata,
                weights: strata.map { [1.5, 40, 7][$0] }, indicators: columns)
            for scheme in [BootstrapScheme.raoWu, .iid] {
                let fast = try input.bootstrap(replicates: 130, seed: "packed", scheme: scheme, threads: 1, generalOnly: false)
                let general = try input.bootstrap(replicates: 130, seed: "packed", scheme: scheme, threads: 1, generalOnly: true)
                #expect(zip(fast.storage, general.storage).allSatisfy { abs($0 - $1) <= 1e-6 * max(1, abs($1)) })
                #expect(fast.storage.contains { $0 != fast.storage[0] })
            }
        }
    }

    // MARK: Statistics

    @Test func missingAnswersAreLeftOutOfTheirShareOnly() throws {
        // Stations 0–3, weights 1, 1, 2, 2; answers yes, nil, no, yes: share = (1·1 + 2·1)/(1 + 2 + 2) = 0.6.
        let input = try BootstrapInput(
            strata: [BootstrapStratum(name: "all")], stationStrata: [0, 0, 0, 0], weights: [1, 1, 2, 2],
            indicators: [BootstrapIndicator(name: "q", values: [true, nil, false, true]),
                         BootstrapIndicator(name: "full", values: [true, true, false, false])])
        let result = try input.bootstrap(replicates: 2000, seed: "missing", scheme: .iid)
        #expect(isClose(result.estimates[0]!, 0.6, tolerance: 1e-15))
        #expect(isClose(result.estimates[1]!, 2.0 / 6, tolerance: 1e-15))
        // A replicate that drew only station 1 has no answer: NaN, left out of the SE.
        #expect(result.undefinedReplicates(of: 0) > 0)
        #expect(result.undefinedReplicates(of: 1) == 0)
        // The SE over the defined replicates only, by the two-pass formula around their mean.
        let defined = result.replicates(of: 0).filter { !$0.isNaN }.map(Double.init)
        let mean = defined.reduce(0, +) / Double(defined.count)
        let direct = (defined.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(defined.count - 1)).squareRoot()
        #expect(isClose(try #require(result.standardError(of: 0)), direct, tolerance: 1e-12))
    }

    @Test func singleStationStrataAreResampledBySign() throws {
        // Stratum "alone" (n = 1, y = 1, w = 50) and stratum "rest" (n = 10, all y = 0, w = 5).
        // Under Rao–Wu without correction (λ = 1) "alone" weighs 50·(1 ± 1) = 0 or 100 with
        // probability ½ each, so the share is 0/50 or 100/150: a two-point distribution whose
        // SD is ⅓. Of B = 4,000 replicates, 2,000 ± 4·√1000 = ±126 take each value.
        let input = try BootstrapInput(
            strata: [BootstrapStratum(name: "alone"), BootstrapStratum(name: "rest")],
            stationStrata: [0] + Array(repeating: 1, count: 10), weights: [50] + Array(repeating: 5, count: 10),
            indicators: [BootstrapIndicator(name: "q", values: [true] + Array(repeating: false, count: 10))])
        let result = try input.bootstrap(replicates: 4_000, seed: "alone", scheme: .raoWu)
        #expect(result.singleStationStrata == ["alone"])
        let replicates = result.replicates(of: 0)
        #expect(replicates.allSatisfy { $0 == 0 || $0 == Float(100.0 / 150) })
        #expect(abs(replicates.filter { $0 == 0 }.count - 2_000) <= 126)
        #expect(abs(try #require(result.standardError(of: 0)) * 3 - 1) < 0.02)
    }

    @Test func scalingAllWeightsLeavesTheReplicatesUnchanged() throws {
        let one = try Self.simpleInput(weight: 1).bootstrap(replicates: 300, seed: "scale", scheme: .raoWu)
        let many = try Self.simpleInput(weight: 62.257).bootstrap(replicates: 300, seed: "scale", scheme: .raoWu)
        for (a, b) in zip(one.storage, many.storage) { #expect(abs(a - b) <= 1e-6) }
    }

    // MARK: Standard errors against the linearised ones (B = 20,000)
    // The Monte Carlo relative error of a bootstrap SE from B replicates is about
    // √((κ − 1)/(4B)) ≤ 0.6 % here (κ the replicates' kurtosis, ≤ 3.5), so 3 % is ≥ 5 of them.

    @Test func iidStandardErrorMatchesTheLinearisedOne() throws {
        let result = try Self.simpleInput().bootstrap(replicates: 20_000, seed: "se-iid", scheme: .iid)
        for (statistic, ones) in [(0, 3.0), (1, 33.0)] {
            // s² = n/(n − 1) p̂(1 − p̂), SE = s/√n; the iid bootstrap gives √((n − 1)/n) of it (0.5 % less).
            let p = ones / 105, linearised = (p * (1 - p) / 104).squareRoot()
            let bootstrap = try #require(result.standardError(of: statistic))
            #expect(abs(bootstrap / linearised - 1) < 0.03, "statistic \(statistic): \(bootstrap) vs \(linearised)")
        }
    }

    @Test func raoWuStandardErrorMatchesTheStratifiedOne() throws {
        // Sampling fractions 1–2 %: Rao–Wu without fpc against the formula without fpc.
        let input = try Self.stratifiedInput(populations: [1000, 2000, 1500, 4000])
        let result = try input.bootstrap(replicates: 20_000, seed: "se-strata", scheme: .raoWu)
        let linearised = Self.linearisedShareSE(input, finitePopulationCorrection: false)
        let bootstrap = try #require(result.standardError(of: 0))
        #expect(abs(bootstrap / linearised - 1) < 0.03, "\(bootstrap) vs \(linearised)")
    }

    @Test func finitePopulationCorrectionMatchesTheCorrectedOne() throws {
        // Sampling fractions 1/2, 1/3, 1/2, 1/4: the corrected scheme against (1 − f_h) s²_h/n_h,
        // which is 10–40 % below the uncorrected one, so the test tells them apart.
        let input = try Self.stratifiedInput(populations: [20, 60, 60, 180])
        let result = try input.bootstrap(replicates: 20_000, seed: "se-fpc", scheme: .raoWuWithFinitePopulationCorrection)
        let corrected = Self.linearisedShareSE(input, finitePopulationCorrection: true)
        let bootstrap = try #require(result.standardError(of: 0))
        #expect(abs(bootstrap / corrected - 1) < 0.03, "\(bootstrap) vs \(corrected)")
        let uncorrected = Self.linearisedShareSE(input, finitePopulationCorrection: false)
        #expect(abs(bootstrap / uncorrected - 1) > 0.1)
    }

    @Test func ratioStandardErrorMatchesTheLinearisedOne() throws {
        // Stratified ratio R̂ = Σ w x / Σ w z, linearised with u_i = (x_i − R̂ z_i)/Ẑ:
        // v = Σ_h n_h/(n_h − 1) Σ_i (w_i u_i − mean_h(w u))² (with-replacement form, no fpc),
        // as R survey's svyratio on svydesign(strata =, weights =) without fpc.
        let input = try Self.stratifiedInput(populations: [1000, 2000, 1500, 4000])
        let result = try input.bootstrap(replicates: 20_000, seed: "se-ratio", scheme: .raoWu)
        let x = input.ratios[0].numerators, z = input.ratios[0].denominators, w = input.weights
        let xTotal = zip(w, x).reduce(0) { $0 + $1.0 * $1.1 }, zTotal = zip(w, z).reduce(0) { $0 + $1.0 * $1.1 }
        let ratio = xTotal / zTotal
        #expect(isClose(result.estimates[1]!, ratio, tolerance: 1e-12))
        var variance = 0.0
        for h in input.strata.indices {
            let scores = input.stationStrata.indices.filter { input.stationStrata[$0] == h }
                .map { w[$0] * (x[$0] - ratio * z[$0]) / zTotal }
            let n = Double(scores.count), mean = scores.reduce(0, +) / n
            variance += n / (n - 1) * scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
        let bootstrap = try #require(result.standardError(of: 1))
        #expect(abs(bootstrap / variance.squareRoot() - 1) < 0.03, "\(bootstrap) vs \(variance.squareRoot())")
    }

    @Test func unequalWeightsStandardErrorMatchesTheWithReplacementOne() throws {
        // One PPS stratum: weights 1/π vary, the double kernel runs. v = n/(n − 1) Σ (u_i − ū)²,
        // u_i = w_i (y_i − p̂)/Σ w (the with-replacement linearisation of a share).
        var generator = Philox4x32(seed: "pps", stream: 0)
        let n = 120
        let weights = (0..<n).map { _ in 5 + 40 * uniformDouble(using: &generator) }
        let values = (0..<n).map { _ in uniformDouble(using: &generator) < 0.25 }
        let input = try BootstrapInput(
            strata: [BootstrapStratum(name: "pps")], stationStrata: Array(repeating: 0, count: n),
            weights: weights, indicators: [BootstrapIndicator(name: "q", values: values)])
        let result = try input.bootstrap(replicates: 20_000, seed: "se-pps", scheme: .raoWu)
        let total = weights.reduce(0, +)
        let share = zip(weights, values).reduce(0) { $0 + ($1.1 ? $1.0 : 0) } / total
        #expect(isClose(result.estimates[0]!, share, tolerance: 1e-12))
        let scores = zip(weights, values).map { $0.0 * (($0.1 ? 1 : 0) - share) / total }
        let mean = scores.reduce(0, +) / Double(n)
        let linearised = (Double(n) / Double(n - 1) * scores.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }).squareRoot()
        let bootstrap = try #require(result.standardError(of: 0))
        #expect(abs(bootstrap / linearised - 1) < 0.03, "\(bootstrap) vs \(linearised)")
    }

    // MARK: Intervals against R boot

    @Test func shareIntervalsAgreeWithBootCI() throws {
        // R: y <- c(rep(1, 33), rep(0, 72)); set.seed(20240207)
        //    b <- boot(y, function(d, i) mean(d[i]), R = 200000)
        //    boot.ci(b, type = c("perc", "bca"), L = empinf(b, type = "jack"))
        //    percentile 0.22857142857142856 0.40000000000000002  (24/105, 42/105)
        //    bca        0.21904761904761905 0.40000000000000002  (23/105, 42/105)
        //    sd(b$t)    0.045193777801566103
        // The lower ends are atoms k/105 of the bootstrap distribution, pinned exactly (to the
        // Float rounding of the replicates, 3e−8): a tolerance of one atom (1/105) would let
        // BCa pass with the percentile interval's lower end, the very difference BCa makes here
        // (23/105 vs 24/105). An end can move to the next atom only when the distribution
        // function at that atom lies within a few √(α(1 − α)/B) = 0.0011 of α, not the case at
        // the lower ends. The upper ends interpolate (boot's norm.inter) between the order
        // statistics around (B + 1)·0.975 = 19,500.975, which are the atoms 42/105 and 43/105
        // for B = 20,000 (for R's B = 200,000 both are 42/105): they lie between the two.
        let result = try Self.simpleInput().bootstrap(replicates: 20_000, seed: "boot.ci", scheme: .iid)
        let rounding = 3e-8
        let percentile = try #require(result.interval(of: 1, method: .percentile))
        #expect(abs(percentile.lowerBound - 24.0 / 105) <= rounding)
        #expect(abs(percentile.lowerBound - 0.22857142857142856) <= rounding)
        #expect(percentile.upperBound >= 0.40000000000000002 - rounding && percentile.upperBound <= 43.0 / 105 + rounding)
        let bca = try #require(result.interval(of: 1, method: .bca))
        #expect(abs(bca.lowerBound - 23.0 / 105) <= rounding)
        #expect(abs(bca.lowerBound - 0.21904761904761905) <= rounding)
        #expect(bca.upperBound >= 0.40000000000000002 - rounding && bca.upperBound <= 43.0 / 105 + rounding)
        #expect(abs(try #require(result.standardError(of: 1)) / 0.045193777801566103 - 1) < 0.03)
        // The acceleration of a mean: Σ L³/(6 (Σ L²)^{3/2}) with L_i = y_i − p̂.
        let p = 33.0 / 105
        let cubes = 33 * pow3(1 - p) + 72 * pow3(-p), squares = 33 * (1 - p) * (1 - p) + 72 * p * p
        #expect(isClose(result.accelerations[1]!, cubes / (6 * pow3(squares.squareRoot())), tolerance: 1e-12))
    }

    private func pow3(_ x: Double) -> Double { x * x * x }

    // MARK: Bad input

    @Test func replicateCountsAreChecked() throws {
        let input = try Self.simpleInput()
        #expect(throws: BootstrapError.replicatesNotPositive(0)) { try input.bootstrap(replicates: 0, seed: "s") }
        #expect(throws: BootstrapError.replicatesNotPositive(-5)) { try input.bootstrap(replicates: -5, seed: "s") }
        // Checked before anything is allocated: 2 statistics × 4 bytes × B ≤ 1 GiB.
        #expect(throws: BootstrapError.tooManyReplicates(requested: Int.max, limit: (1 << 30) / 8)) {
            try input.bootstrap(replicates: Int.max, seed: "s")
        }
        let error = BootstrapError.tooManyReplicates(requested: 1 << 40, limit: 1 << 27)
        #expect(error.kind == .badUsage)
        #expect(error.description.contains("at most 134217728"))
    }

    @Test func badDataIsRejected() {
        let stratum = [BootstrapStratum(name: "a", populationSize: 3)]
        let indicator = [BootstrapIndicator(name: "q", values: [true, false])]
        #expect(throws: BootstrapError.lengthMismatch(what: "weights", count: 1, stations: 2)) {
            try BootstrapInput(strata: stratum, stationStrata: [0, 0], weights: [1], indicators: indicator)
        }
        #expect(throws: BootstrapError.unknownStratum(station: 1, stratum: 1)) {
            try BootstrapInput(strata: stratum, stationStrata: [0, 1], weights: [1, 1], indicators: indicator)
        }
        #expect(throws: BootstrapError.invalidWeight(station: 0, weight: -1)) {
            try BootstrapInput(strata: stratum, stationStrata: [0, 0], weights: [-1, 1], indicators: indicator)
        }
        #expect(throws: BootstrapError.invalidCount(ratio: "turnout", station: 1, value: .infinity)) {
            try BootstrapInput(strata: stratum, stationStrata: [0, 0], weights: [1, 1], indicators: [],
                               ratios: [BootstrapRatio(name: "turnout", numerators: [1, .infinity], denominators: [2, 2])])
        }
        #expect(throws: BootstrapError.noStatistics) {
            try BootstrapInput(strata: stratum, stationStrata: [0, 0], weights: [1, 1], indicators: [])
        }
        #expect(throws: BootstrapError.missingPopulationSize(stratum: "b", sampled: 2, population: nil)) {
            try BootstrapInput(strata: [BootstrapStratum(name: "b")], stationStrata: [0, 0], weights: [1, 1], indicators: indicator)
                .bootstrap(replicates: 10, seed: "s", scheme: .raoWuWithFinitePopulationCorrection)
        }
    }
}
