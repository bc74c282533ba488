/// The estimation design `sbo estimate` builds from SAMPLE.csv and the stations that reported.
extension SampleDesign {
    /// The estimation design of the stations at `rows` (the sample rows that reported), in
    /// that order. Every stratum of the sample is given, so strata without a report appear
    /// in ``EstimationDesign/emptyStrata``, and each PPS stratum carries the total weight of
    /// its primaries, W_h = Σ 1/π_i, to which its reporting stations are scaled (non-response
    /// within the stratum, see ``EstimationDesign``).
    ///
    /// - Precondition: `rows` are distinct rows of ``table``.
    public func estimationDesign(reportingRows rows: [Int]) -> EstimationDesign {
        let reporting = rows.map { row in
            ReportingStation(
                stratum: stations[row].stratum,
                inclusionProbability: stations[row].inclusionProbability)
        }
        var primaryProbabilities = [[Double]](repeating: [], count: strata.count)
        for (station, h) in zip(stations, stratumIndices) where station.role == .primary {
            primaryProbabilities[h].append(station.inclusionProbability)
        }
        let designStrata = zip(strata, primaryProbabilities).map { stratum, probabilities in
            DesignStratum(
                name: stratum.name, populationSize: stratum.populationSize,
                primaryProbabilities: probabilities)
        }
        do {
            return try EstimationDesign(strata: designStrata, stations: reporting)
        } catch {
            // The initialiser validated strata, sizes and probabilities; only repeated rows
            // (a programmer error) could exceed a stratum's size.
            preconditionFailure("sample design validated, yet: \(error)")
        }
    }
}
