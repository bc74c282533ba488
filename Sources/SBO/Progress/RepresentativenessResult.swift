/// The outcome of ``RepresentativenessTest`` at one checkpoint: the overall p-value and
/// verdict, and each covariate's own p-value.
public struct RepresentativenessResult: Sendable, Equatable {
    /// One covariate's permutation p-value (unadjusted).
    public struct CovariateResult: Sendable, Equatable {
        /// The column's name (`stratum` for the strata).
        public let name: String
        /// Its permutation p-value.
        public let pValue: Double
    }

    /// Primary stations that have reported.
    public let reporting: Int
    /// Primary stations still outstanding.
    public let outstanding: Int
    /// The overall (min-P adjusted) p-value; nil when the test does not apply
    /// (``RepresentativenessTest/Verdict/complete`` or ``RepresentativenessTest/Verdict/untestable``).
    public let pValue: Double?
    /// The verdict at ``RepresentativenessTest/level``.
    public let verdict: RepresentativenessTest.Verdict
    /// Each covariate tested, in the order given.
    public let covariates: [CovariateResult]
}
