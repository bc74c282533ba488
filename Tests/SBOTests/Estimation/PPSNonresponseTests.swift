import Testing
@testable import SBO

/// PPS strata with stations that did not report, and certainty stations (π = 1), against
/// R survey (`R/pps_nonresponse.R`, pinned in `ReferenceOutputs.ppsNonresponse`): reporting
/// stations of a PPS stratum are scaled to the stratum's sampled weight W_h = Σ 1/π_i, and
/// certainty stations form a census part of their own with no sampling variance.
@Suite struct PPSNonresponseTests {
    static let reference = ReferenceOutputs.ppsNonresponse

    /// The sample of `R/pps_nonresponse.R`: id, stratum, N_h, π, reported, y, ballots,
    /// registered (nil where the station did not report).
    static let sample: [(id: String, stratum: String, population: Int, pi: Double, y: Bool?, ballots: Double?, registered: Double?)] = [
        ("u1", "urban", 60, 0.30, true, 610, 1200), ("u2", "urban", 60, 0.12, false, 220, 480),
        ("u3", "urban", 60, 0.25, nil, nil, nil), ("u4", "urban", 60, 0.18, false, 350, 720),
        ("u5", "urban", 60, 0.40, true, 790, 1600), ("u6", "urban", 60, 1, true, 1510, 2900),
        ("u7", "urban", 60, 1, false, 1320, 2750), ("u8", "urban", 60, 0.05, nil, nil, nil),
        ("u9", "urban", 60, 0.22, true, 470, 950),
        ("r1", "rural", 80, 0.05, false, 95, 210), ("r2", "rural", 80, 0.11, true, 240, 460),
        ("r3", "rural", 80, 0.08, nil, nil, nil), ("r4", "rural", 80, 0.02, true, 40, 90),
        ("r5", "rural", 80, 1, nil, nil, nil), ("r6", "rural", 80, 0.09, false, 170, 350),
        ("r7", "rural", 80, 1, true, 1900, 3600),
        ("e1", "east", 30, 0.2, false, 310, 700), ("e2", "east", 30, 0.2, true, 280, 640),
        ("e3", "east", 30, 0.2, nil, nil, nil), ("e4", "east", 30, 0.2, false, 330, 690),
        ("e5", "east", 30, 0.2, true, 260, 600), ("e6", "east", 30, 0.2, false, 300, 660),
    ]

    /// SAMPLE.csv of that sample, every row a primary, read by `SampleDesign`.
    static func sampleDesign() throws -> SampleDesign {
        var text = "station_id,stratum,stratum_size,role,order,inclusion_probability,weight\n"
        for (order, row) in sample.enumerated() {
            text += "\(row.id),\(row.stratum),\(row.population),primary,\(order + 1),\(row.pi),\(1 / row.pi)\n"
        }
        return try SampleDesign(table: CSVReader.parse(Array(text.utf8), source: "SAMPLE.csv"))
    }

    /// The design of the reporting stations, and the rows that reported.
    static func design() throws -> (design: EstimationDesign, rows: [Int]) {
        let rows = sample.indices.filter { sample[$0].y != nil }
        return (try sampleDesign().estimationDesign(reportingRows: rows), rows)
    }

    /// Each reporting station's weight is R's `(1/pi) * W_h / sum(1/pi over reporting)`, and
    /// each stratum's reporting weight total is its sampled weight (urban 50.27 rather than
    /// the 35.4 that 1/π alone would give, the loss of issue 12).
    @Test func ppsWeightsAreScaledToTheSampledWeight() throws {
        let (design, rows) = try Self.design()
        for (station, row) in rows.enumerated() {
            let expected = Self.reference["nr weight \(Self.sample[row].id)"]
            #expect(isClose(design.weights[station], expected, tolerance: 1e-12), "\(Self.sample[row].id)")
        }
        for name in ["urban", "rural", "east"] {
            let total = rows.indices.filter { Self.sample[rows[$0]].stratum == name }
                .reduce(0.0) { $0 + design.weights[$1] }
            #expect(isClose(total, Self.reference["nr sampled weight \(name)"], tolerance: 1e-12))
        }
    }

    /// Certainty stations are split off as census parts: urban, urban (certainty), rural,
    /// rural (certainty), east; df = 17 − 5 = 12 as R's `degf`.
    @Test func certaintyStationsFormPartsOfTheirOwn() throws {
        let (design, _) = try Self.design()
        #expect(design.strata.map(\.name) == ["urban", "urban (certainty)", "rural", "rural (certainty)", "east"])
        #expect(design.strata.map(\.selection) == [.proportionalToSize, .certainty, .proportionalToSize, .certainty, .simpleRandom])
        #expect(design.finitePopulationFactor(ofStratum: 1) == 0)
        #expect(design.degreesOfFreedom == Int(Self.reference["nr y df"]))
    }

    /// The share of y with every interval method against `share("nr y", ~y, design)`.
    @Test(arguments: IntervalMethod.allCases)
    func shareAgreesWithR(method: IntervalMethod) throws {
        let (design, rows) = try Self.design()
        let share = design.estimateShare(of: rows.map { Self.sample[$0].y }, method: method)
        let r = Self.reference
        #expect(isClose(try #require(share.estimate), r["nr y estimate"], tolerance: 1e-12))
        #expect(isClose(try #require(share.standardError), r["nr y se"], tolerance: 1e-12))
        #expect(isClose(try #require(share.designEffect), r["nr y deff"], tolerance: 1e-10))
        let name = switch method {
        case .wald: "mean"
        case .logit: "logit"
        case .clopperPearson: "beta"
        case .wilson: "wilson"
        }
        let interval = try #require(share.interval)
        #expect(isClose(interval.lower, r["nr y \(name) lower"], tolerance: 1e-9))
        #expect(isClose(interval.upper, r["nr y \(name) upper"], tolerance: 1e-9))
    }

    /// Turnout's estimate and standard error against `svyratio`; the certainty stations add
    /// no variance (with them counted as sampled units the SE would be 13 % larger).
    @Test func turnoutAgreesWithRAndCertaintyAddsNoVariance() throws {
        let (design, rows) = try Self.design()
        let ratio = design.estimateRatio(
            numerator: rows.map { Self.sample[$0].ballots }, denominator: rows.map { Self.sample[$0].registered })
        let r = Self.reference
        #expect(isClose(try #require(ratio.estimate), r["nr turnout estimate"], tolerance: 1e-12))
        #expect(isClose(try #require(ratio.standardError), r["nr turnout se"], tolerance: 1e-12))
        #expect(relativeError(r["nr turnout se, certainty as sampled"], r["nr turnout se"]) > 0.1)
    }

    /// Every station of the urban stratum reported: weights stay 1/π, and the certainty
    /// stations still add no variance (`share("certainty y", ...)`).
    @Test func completeStratumKeepsItsWeightsAndDropsCertaintyVariance() throws {
        let urban = Self.sample.filter { $0.stratum == "urban" }
        let answers: [Bool?] = urban.map { $0.y ?? ($0.id == "u8") }
        let design = try EstimationDesign(
            strata: [DesignStratum(name: "urban", populationSize: 60, primaryProbabilities: urban.map(\.pi))],
            stations: urban.map { ReportingStation(stratum: "urban", inclusionProbability: $0.pi) })
        #expect(design.weights == urban.map { 1 / $0.pi })
        let share = design.estimateShare(of: answers, method: .logit)
        let r = Self.reference
        #expect(isClose(try #require(share.estimate), r["certainty y estimate"], tolerance: 1e-12))
        #expect(isClose(try #require(share.standardError), r["certainty y se"], tolerance: 1e-12))
        #expect(share.degreesOfFreedom == Int(r["certainty y df"]))
        let interval = try #require(share.interval)
        #expect(isClose(interval.lower, r["certainty y logit lower"], tolerance: 1e-9))
        #expect(isClose(interval.upper, r["certainty y logit upper"], tolerance: 1e-9))
    }

    /// A sampled weight that is not a positive number is bad data.
    @Test func invalidSampledWeightThrows() {
        #expect(throws: DesignError.invalidSampledWeight(stratum: "s", value: 0)) {
            try EstimationDesign(
                strata: [DesignStratum(name: "s", populationSize: 9, selection: .proportionalToSize, sampledWeight: 0)],
                stations: [ReportingStation(stratum: "s", inclusionProbability: 0.5)])
        }
    }
}
