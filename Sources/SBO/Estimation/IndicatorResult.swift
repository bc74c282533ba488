/// A share estimate labelled with its question and domain, one row of a report.
public struct IndicatorResult: Sendable, Equatable {
    /// The observation column (the question), after group paths are resolved
    /// (`checklist/ballot_stuffing` is `ballot_stuffing`).
    public let name: String
    /// The text people read for the question: the codebook's label, else ``name``.
    public let label: String
    /// Whether "yes" is an irregularity or what should happen (the codebook's polarity).
    public let polarity: Polarity
    /// The domain's value of the `--by` column; nil for the national row.
    public let domain: String?
    /// The estimate.
    public let share: ShareEstimate
    /// The worst-case bounds for non-response (``NonResponseBounds``); nil when they cannot
    /// be computed (a domain column that only the observations have).
    public let bounds: NonResponseBounds?

    /// A row; `label` defaults to `name`.
    public init(
        name: String, label: String? = nil, polarity: Polarity = .irregularity, domain: String?,
        share: ShareEstimate, bounds: NonResponseBounds? = nil
    ) {
        self.name = name
        self.label = label ?? name
        self.polarity = polarity
        self.domain = domain
        self.share = share
        self.bounds = bounds
    }

    /// The same row with another label, polarity and bounds.
    public func described(label: String, polarity: Polarity, bounds: NonResponseBounds?) -> IndicatorResult {
        IndicatorResult(name: name, label: label, polarity: polarity, domain: domain, share: share, bounds: bounds)
    }
}
