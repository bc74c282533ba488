/// The statistics of an `EstimationReport`, before any estimation: every indicator's share and
/// every ratio (turnout, each candidate's vote share), nationally and then per domain.
///
/// One list serves both routes to the intervals — linearisation (`EstimationReport.init`) and
/// the bootstrap (`EstimationReport.bootstrapped`) — so that they estimate the same things in
/// the same order. A candidate's vote share is `votes_x / Σ_j votes_j` over the stations where
/// every `votes_j` is present (R: `svyratio(~votes_x, ~total, design, na.rm=TRUE)`). A station
/// whose domain value is nil belongs to no domain (R's `svyby` drops it). Domains are in byte
/// order of their labels, as `svyby` sorts its levels.
struct ReportStatistics {
    /// An indicator within a scope: `mask` nil for national, else membership of the domain.
    struct Share {
        let name: String
        let domain: String?
        let answers: [Bool?]
        let mask: [Bool]?
    }

    /// A ratio Σ w·numerator / Σ w·denominator within a scope.
    struct Quotient {
        let name: String
        let domain: String?
        let numerator: [Double?]
        let denominator: [Double?]
        let mask: [Bool]?
    }

    let shares: [Share]
    let quotients: [Quotient]

    init(
        stationCount: Int, indicators: [(name: String, answers: [Bool?])],
        ballotsCast: [Double?]?, registeredVoters: [Double?]?,
        votes: [(name: String, counts: [Double?])], domains: [String?]?
    ) {
        var scopes: [(label: String?, mask: [Bool]?)] = [(nil, nil)]
        if let domains {
            let labels = Set(domains.compactMap { $0 }).sorted(by: Stratification.byteOrder)
            scopes += labels.map { label in (label, domains.map { $0 == label }) }
        }
        shares = indicators.flatMap { indicator in
            scopes.map { Share(name: indicator.name, domain: $0.label, answers: indicator.answers, mask: $0.mask) }
        }
        var ratios: [(name: String, numerator: [Double?], denominator: [Double?])] = []
        if let ballotsCast, let registeredVoters {
            ratios.append(("turnout", ballotsCast, registeredVoters))
        }
        if !votes.isEmpty {
            let totals = (0..<stationCount).map { station -> Double? in
                var total = 0.0
                for (_, counts) in votes {
                    guard let count = counts[station] else { return nil }
                    total += count
                }
                return total
            }
            ratios += votes.map { ($0.name, $0.counts, totals) }
        }
        quotients = ratios.flatMap { ratio in
            scopes.map {
                Quotient(
                    name: ratio.name, domain: $0.label, numerator: ratio.numerator,
                    denominator: ratio.denominator, mask: $0.mask)
            }
        }
    }
}
