/// The findings as tables for people (``ForensicsTable``): every sentence `sbo forensics`
/// and the report's forensics section print is here, so that they can be translated together.
extension ForensicsAnalysis {
    /// The tables in reading order: observer effect (with a sample), cross-check (with
    /// observations), integer percentages, full turnout, last digits.
    public var tables: [ForensicsTable] {
        var tables: [ForensicsTable] = []
        let grouped = domainColumn != nil
        func domainCell(_ domain: String?) -> [String] { grouped ? [domain ?? "all"] : [] }
        let domainHeading: [(String, Bool)] = grouped ? [(domainColumn!, false)] : []
        if let set = observedSet {
            var notes = [
                "difference = unobserved − observed, in percentage points: positive where the figure is higher at the stations nobody watched.",
                "Valid only if the sample stayed secret until the polls closed: the seed commitment published before election day is the evidence.",
                "Strata weighted by their number of stations; \(ReportNumber.confidence(observerEffects.first?.confidence ?? 0.95)) t interval (Neyman variance, linearised ratios); p from \(ReportNumber.grouped(simulations)) re-draws of the observed stations within strata (Hyde 2007; Enikolopov et al. 2013).",
            ]
            if !set.isStratified {
                notes.append("OFFICIAL.csv has no column giving the sample's strata, so all stations are compared as one stratum: unbiased only if the allocation was proportional.")
            }
            if set.hasUnequalProbabilities {
                notes.append("The sample was drawn with probability proportional to size in some strata, so the observed stations there are larger than average: the comparison mixes the observer effect with the effect of size.")
            }
            if !set.missingFromOfficial.isEmpty {
                notes.append("\(set.missingFromOfficial.count) observed station(s) are not in the official results and are left out.")
            }
            tables.append(ForensicsTable(
                title: "Observer effect",
                columns: domainHeading + [("figure", false), ("observed", true), ("unobserved", true), ("difference", true), ("interval", true), ("p", true), ("stations", true)],
                rows: observerEffects.map { e in
                    domainCell(e.domain) + [
                        ReportCharts.label(for: e.figure), percent(e.observed), percent(e.unobserved),
                        points(e.difference), e.ciLow.map { points($0) + " to " + points(e.ciHigh) } ?? "–",
                        probability(e.pValue), "\(e.observedStations) / \(e.observedStations + e.unobservedStations)",
                    ]
                },
                notes: notes))
        }
        if !crossChecks.isEmpty {
            let indicator = crossChecks.first?.indicator
            tables.append(ForensicsTable(
                title: "Official minus observed turnout at the observed stations",
                columns: domainHeading + [("stations", true), ("mean gap", true)]
                    + (indicator.map { name in
                        [("\(name) yes", true), ("gap", true), ("\(name) no", true), ("gap", true), ("difference", true), ("p", true)]
                    } ?? []),
                rows: crossChecks.map { c in
                    domainCell(c.domain) + ["\(c.stations.count)", points(c.meanGap)]
                        + (indicator == nil ? [] : [
                            "\(c.stationsWithYes)", points(c.meanGapWithYes), "\(c.stationsWithNo)",
                            points(c.meanGapWithNo), points(c.difference), probability(c.pValue),
                        ])
                },
                notes: ["Gaps in percentage points (official − observers' count)."]
                    + (indicator.map { ["p: Welch's two-sided test that the gap is the same where observers answered '\($0)' yes and no."] } ?? [])))
        }
        tables.append(ForensicsTable(
            title: "Stations at a whole percentage",
            columns: domainHeading + [("figure", false), ("stations", true), ("at whole %", true), ("expected", true), ("p", true)],
            rows: integerPercent.map { t in
                domainCell(t.domain) + [
                    ReportCharts.label(for: t.figure), ReportNumber.grouped(t.stationsTested),
                    ReportNumber.grouped(t.stationsAtInteger), ReportNumber.fixed(t.expected, 1), probability(t.pValue),
                ]
            },
            notes: [
                "A station is at a whole percentage when its count is within half a vote of one; stations with 100 or fewer (registered voters or valid votes) are left out (Kobak, Shpilkin & Pshenichnikov 2016).",
                "expected: if each station's count were binomial with its own size and rate; p: one-sided, "
                    + (integerPercent.contains { $0.null == .normalApproximation }
                        ? "from the refined normal approximation of that count's distribution where simulation would be too slow, else "
                        : "")
                    + "from \(ReportNumber.grouped(simulations)) simulations.",
            ]))
        tables.append(ForensicsTable(
            title: "Stations at full turnout",
            columns: domainHeading + [("stations", true), ("≥ 99%", true), ("≥ 100%", true)],
            rows: fullTurnout.map { f in
                domainCell(f.domain) + [ReportNumber.grouped(f.stations), ReportNumber.grouped(f.atLeast99), ReportNumber.grouped(f.atLeast100)]
            },
            notes: ["Official ballots cast at or above 99% and 100% of the registered voters."]))
        tables.append(ForensicsTable(
            title: "Last digits of the vote counts",
            columns: domainHeading + [("figure", false), ("counts", true), ("chi-square", true), ("p", true), ("adjusted p", true)],
            rows: lastDigits.map { d in
                domainCell(d.domain) + [
                    ReportCharts.label(for: d.figure), ReportNumber.grouped(d.stations),
                    d.chiSquare.map { ReportNumber.fixed($0, 1) } ?? "–", probability(d.pValue), probability(d.pAdjusted),
                ]
            },
            notes: [
                "Last digits of each candidate's station counts of at least \(LastDigitTest.minimumCount) against uniform (chi-square, 9 degrees of freedom; Beber & Scacco 2012); a candidate whose median count is below \(LastDigitTest.minimumMedian), or with fewer than \(LastDigitTest.minimumStations) counts, is not tested: small counts do not have uniform last digits.",
                "adjusted p: Benjamini–Hochberg over the candidates" + (grouped ? " of each group." : "."),
            ]))
        return tables
    }

    private func percent(_ x: Double?) -> String { x.map { ReportNumber.fixed($0 * 100, 1) + "%" } ?? "–" }

    private func points(_ x: Double?) -> String {
        guard let x else { return "–" }
        return (x > 0 ? "+" : "") + ReportNumber.fixed(x * 100, 1)
    }

    private func probability(_ p: Double?) -> String {
        guard let p else { return "–" }
        return p < 0.0001 ? "<0.0001" : ReportNumber.fixed(p, 4)
    }
}
