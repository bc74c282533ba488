/// How a total number of stations is split among strata.
///
/// - `proportional`: n_h ∝ N_h (the default).
/// - `equal`: the same number in every stratum.
/// - `neyman`: n_h ∝ N_h·√(P_h(1 − P_h)), with P_h the stratum's expected share of stations
///   where the event happens (e.g. a past election's rate), Neyman (1934), *JRSS* 97(4):558–625,
///   doi:10.2307/2342192; Cochran, *Sampling Techniques* (3rd ed., 1977), §5.5.
///
/// Every stratum gets at least min(2, N_h) stations — so that its variance can be estimated —
/// and at most N_h; see `Allocator` for the exact rounding.
public enum Allocation: String, Sendable, CaseIterable {
    case proportional
    case equal
    case neyman
}
