/// The reporting stations of a stratified sample of polling stations, with everything the
/// design-based estimators need: each station's stratum and weight, and each stratum's size
/// and selection.
///
/// Stations that were sampled but did not report are non-response within their stratum.
/// With N_h stations in the frame's stratum h and n_h of its sampled stations reporting
/// (reserves that reported count as reporting), a station i of stratum h weighs
/// ```
/// w_i = N_h / n_h          simple random stratum, finite-population correction f_h = 1 − n_h/N_h
/// w_i = (1/π_i) · c_h      PPS stratum, c_h = W_h / Σ_{j reporting in h} 1/π_j, f_h = 1
/// ```
/// where π_i is the inclusion probability and W_h = Σ 1/π_j over the stratum's sampled
/// primaries (``DesignStratum/sampledWeight``; c_h = 1 when it is not given). Both rules keep
/// a stratum's total weight at what the full sample gave it (N_h, resp. W_h), so that
/// non-reporting stations do not shrink their stratum's say in national estimates: this is
/// the weighting-class adjustment with the stratum as the class (Lohr, *Sampling: Design
/// and Analysis*, 2nd ed., 2010, §8.5.1).
///
/// Certainty stations. A station of a PPS stratum with π_i = 1 (to 1e-9) was not sampled but
/// taken for sure, so it carries no sampling variance. The reporting certainty stations of
/// stratum h form a part of their own, named "h (certainty)", with selection
/// ``StratumSampling/certainty`` (f = 0: no variance; their n − 1 count in the degrees of
/// freedom, as in R). They keep their weight c_h — the stratum's non-response factor applies
/// to every reporting station of the stratum alike — and the stratum's other stations make
/// the with-replacement variance without them.
///
/// A stratum in which no station reported drops out of every estimate and is listed in
/// ``emptyStrata`` so that a report can warn about it.
///
/// The same design in R's survey package (the reference implementation, see
/// `Tests/SBOTests/Estimation/R/`): simple random strata are
/// `svydesign(ids=~1, strata=~stratum, fpc=~stratum_size, data=reporting)`, PPS strata
/// `svydesign(ids=~1, strata=~stratum, probs=~inclusion_probability, data=reporting)`;
/// a design mixing both is `fpc=~N` with `N = Inf` in the PPS strata and
/// `probs = n_h/N_h` in the simple random ones. With non-response in PPS strata or certainty
/// stations: `weights = c_h/π_i`, and the certainty stations of each stratum in a stratum of
/// their own whose `fpc` is their number (`R/pps_nonresponse.R`).

/// Example:
/// ```swift
/// let design = try EstimationDesign(
///     strata: [DesignStratum(name: "north", populationSize: 40, selection: .simpleRandom)],
///     stations: Array(repeating: ReportingStation(stratum: "north"), count: 7))
/// let share = design.estimateShare(of: answers, method: .wilson)
/// ```
public struct EstimationDesign: Sendable, Equatable {
    /// The strata with at least one reporting station, in the order given; a PPS stratum with
    /// reporting certainty stations is followed by its certainty part ("h (certainty)").
    public let strata: [DesignStratum]
    /// Names of the strata given in which no station reported: they drop out.
    public let emptyStrata: [String]
    /// For each reporting station (in the order given), the index of its stratum in ``strata``.
    public let stratumIndices: [Int]
    /// For each reporting station, its weight w_i.
    public let weights: [Double]
    /// For each stratum of ``strata``, the indices of its reporting stations.
    public let stationsByStratum: [[Int]]

    /// Builds the design.
    ///
    /// - Parameters:
    ///   - strata: every stratum of the sample design (including strata where nobody
    ///     reported), with distinct names and N_h ≥ 1.
    ///   - stations: the reporting stations; each names one of `strata`, and a station of a
    ///     PPS stratum carries its inclusion probability in (0, 1].
    /// - Throws: ``DesignError`` when a station names an unknown stratum, a name repeats,
    ///   N_h < 1, more stations report than the stratum holds, a PPS station lacks a valid
    ///   inclusion probability, or a sampled weight W_h is not finite and positive.
    public init(strata: [DesignStratum], stations: [ReportingStation]) throws(DesignError) {
        var indexOfName: [String: Int] = [:]
        for (index, stratum) in strata.enumerated() {
            guard indexOfName[stratum.name] == nil else {
                throw .duplicateStratum(name: stratum.name)
            }
            guard stratum.populationSize >= 1 else {
                throw .populationSizeNotPositive(stratum: stratum.name, size: stratum.populationSize)
            }
            indexOfName[stratum.name] = index
        }
        var stratumOfStation: [Int] = []
        stratumOfStation.reserveCapacity(stations.count)
        for reporting in stations {
            guard let given = indexOfName[reporting.stratum] else {
                throw .unknownStratum(name: reporting.stratum)
            }
            stratumOfStation.append(given)
        }
        try self.init(
            validatedStrata: strata, stratumOfStation: stratumOfStation,
            inclusionProbabilities: stations.map(\.inclusionProbability))
    }

    /// ``init(strata:stations:)`` with each reporting station given by the index of its
    /// stratum in `strata` and its inclusion probability.
    ///
    /// - Precondition: the names of `strata` are distinct and every N_h ≥ 1.
    init(
        validatedStrata strata: [DesignStratum], stratumOfStation: [Int], inclusionProbabilities: [Double?]
    ) throws(DesignError) {
        var membersOfGiven = Array(repeating: [Int](), count: strata.count)
        for (station, given) in stratumOfStation.enumerated() {
            membersOfGiven[given].append(station)
        }
        let stationCount = stratumOfStation.count
        var kept: [DesignStratum] = []
        var empty: [String] = []
        var members: [[Int]] = []
        var stratumIndices = Array(repeating: 0, count: stationCount)
        var weights = Array(repeating: 0.0, count: stationCount)
        for (given, stratum) in strata.enumerated() {
            let stationsHere = membersOfGiven[given]
            guard !stationsHere.isEmpty else {
                empty.append(stratum.name)
                continue
            }
            guard stationsHere.count <= stratum.populationSize else {
                throw .moreReportingThanPopulation(
                    stratum: stratum.name, reporting: stationsHere.count,
                    populationSize: stratum.populationSize)
            }
            var parts = [(stratum, stationsHere)]
            switch stratum.selection {
            case .simpleRandom:
                for station in stationsHere {
                    weights[station] = Double(stratum.populationSize) / Double(stationsHere.count)
                }
            case .proportionalToSize, .certainty:
                var probabilities: [Double] = []
                for station in stationsHere {
                    guard let probability = inclusionProbabilities[station], probability > 0, probability <= 1 else {
                        throw .invalidInclusionProbability(stratum: stratum.name, value: inclusionProbabilities[station])
                    }
                    probabilities.append(probability)
                }
                let reportingWeight = probabilities.reduce(0.0) { $0 + 1 / $1 }
                var scale = 1.0
                if let sampled = stratum.sampledWeight {
                    guard sampled.isFinite, sampled > 0 else {
                        throw .invalidSampledWeight(stratum: stratum.name, value: sampled)
                    }
                    scale = sampled / reportingWeight
                }
                for (station, probability) in zip(stationsHere, probabilities) {
                    weights[station] = scale / probability
                }
                guard stratum.selection == .proportionalToSize else { break }
                let isCertain = probabilities.map { $0 >= 1 - 1e-9 }
                let certain = zip(stationsHere, isCertain).filter(\.1).map(\.0)
                guard !certain.isEmpty else { break }
                let sampled = zip(stationsHere, isCertain).filter { !$0.1 }.map(\.0)
                parts = sampled.isEmpty ? [] : [(stratum, sampled)]
                parts.append((
                    DesignStratum(
                        name: "\(stratum.name) (certainty)", populationSize: certain.count,
                        selection: .certainty),
                    certain))
            }
            for (part, partStations) in parts {
                for station in partStations { stratumIndices[station] = kept.count }
                kept.append(part)
                members.append(partStations)
            }
        }
        self.strata = kept
        self.emptyStrata = empty
        self.stratumIndices = stratumIndices
        self.weights = weights
        self.stationsByStratum = members
    }

    /// The number of reporting stations.
    public var stationCount: Int { weights.count }

    /// Degrees of freedom of the design, as R's `degf(design)`: reporting stations minus
    /// strata with a reporting station.
    public var degreesOfFreedom: Int { stationCount - strata.count }

    /// The finite-population factor f_h of stratum h used by the variance:
    /// 1 − n_h/N_h in a simple random stratum, 1 in a PPS stratum, 0 in a certainty part.
    public func finitePopulationFactor(ofStratum h: Int) -> Double {
        switch strata[h].selection {
        case .simpleRandom:
            return 1 - Double(stationsByStratum[h].count) / Double(strata[h].populationSize)
        case .proportionalToSize:
            return 1
        case .certainty:
            return 0
        }
    }
}
