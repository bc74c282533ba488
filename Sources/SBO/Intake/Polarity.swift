/// Which answer to an indicator question is the bad news, so that tables, charts and the
/// report can say whether a high share is a problem.
///
/// A question such as "was the ballot box stuffed?" is an ``irregularity``: a "yes" is bad.
/// A question such as "was the secrecy of the vote respected?" is ``good``: a "yes" is what
/// should happen, and the share of "no" is the problem. The codebook's `polarity` column sets
/// it (``Codebook``); without one every indicator is an irregularity.
public enum Polarity: String, Sendable, Hashable, CaseIterable {
    /// "Yes" means something went wrong (the default).
    case irregularity
    /// "Yes" means things went as they should.
    case good
}
