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
        do {
            return try EstimationDesign(
                validatedStrata: sampledStrata, stratumOfStation: rows.map { stratumIndices[$0] },
                inclusionProbabilities: rows.map { stations[$0].inclusionProbability })
        } catch {
            // The initialiser validated strata, sizes and probabilities; only repeated rows
            // (a programmer error) could exceed a stratum's size.
            preconditionFailure("sample design validated, yet: \(error)")
        }
    }
}
