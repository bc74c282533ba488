/// An official national figure (turnout or a candidate's share) set against the observers'
/// estimate of it.
///
/// With official value o, estimate R̂, standard error SE and interval [L, U]:
/// ```
/// inside             = L ≤ o ≤ U
/// gap in SEs         = (o − R̂) / SE        (nil when SE = 0 or unknown)
/// ```
public struct OfficialFigureCheck: Sendable, Equatable {
    /// `turnout`, or the candidate's column (`votes_x`).
    public let name: String
    /// The official national value.
    public let official: Double?
    /// The observers' estimate, nil when they recorded nothing for it.
    public let estimate: RatioEstimate?

    public init(name: String, official: Double?, estimate: RatioEstimate?) {
        self.name = name
        self.official = official
        self.estimate = estimate
    }

    /// Whether the official value lies in the observers' interval; nil without both.
    public var isInside: Bool? {
        guard let official, let interval = estimate?.interval else { return nil }
        return interval.lower <= official && official <= interval.upper
    }

    /// (official − estimate) / standard error; nil without both or with a zero standard error.
    public var gapInStandardErrors: Double? {
        guard let official, let value = estimate?.estimate,
              let standardError = estimate?.standardError, standardError > 0
        else { return nil }
        return (official - value) / standardError
    }
}
