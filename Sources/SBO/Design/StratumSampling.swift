/// How the stations of one stratum were selected, which decides their weights and the
/// variance formula used for them.
public enum StratumSampling: Sendable, Equatable, Hashable {
    /// Simple random sampling without replacement: every reporting station weighs N_h/n_h
    /// (n_h the stations that reported) and the stratum's variance carries the
    /// finite-population correction 1 − n_h/N_h.
    /// R: `svydesign(ids=~1, strata=~stratum, fpc=~stratum_size)`.
    case simpleRandom
    /// Probability proportional to size: a station weighs 1/π_i (its inclusion probability),
    /// scaled for non-response within the stratum, and the stratum's variance is the
    /// with-replacement approximation, without a finite-population correction. Its stations
    /// taken with certainty (π_i = 1) are split off into a ``certainty`` part.
    /// R: `svydesign(ids=~1, strata=~stratum, probs=~inclusion_probability)`.
    case proportionalToSize
    /// Stations taken with certainty (π_i = 1): a census of themselves, with no sampling
    /// variance (f_h = 0). ``EstimationDesign`` makes one such part of every PPS stratum
    /// with a reporting certainty station.
    /// R: the certainty stations in a stratum of their own with `fpc` equal to their number.
    case certainty
}
