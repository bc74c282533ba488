/// The estimation design `sbo estimate` builds from SAMPLE.csv and the stations that reported.
extension SampleDesign {
    /// The estimation design of the stations at `rows` (the sample rows that reported), in
    /// that order. Every stratum of the sample is given, so strata without a report appear
    /// in ``EstimationDesign/emptyStrata``.
    ///
    /// - Precondition: `rows` are distinct rows of ``table``.
    public func estimationDesign(reportingRows rows: [Int]) -> EstimationDesign {
        let reporting = rows.map { row in
            ReportingStation(
                stratum: stations[row].stratum,
                inclusionProbability: stations[row].inclusionProbability)
        }
        do {
            return try EstimationDesign(strata: strata, stations: reporting)
        } catch {
            // The initialiser validated strata, sizes and probabilities; only repeated rows
            // (a programmer error) could exceed a stratum's size.
            preconditionFailure("sample design validated, yet: \(error)")
        }
    }
}
