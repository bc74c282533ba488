extension ForensicsMessages {
    /// English: the reference every other language translates.
    public static let english = ForensicsMessages(
        defaultTitle: "Forensics of the official results",
        heading: "What the official results say about themselves",
        reproducible: { seed, simulations in "Seed \(seed), \(simulations) simulations: the same files and seed give the same page." },
        allStations: "all",
        columnFigure: "figure",
        columnObserved: "observed",
        columnUnobserved: "unobserved",
        columnDifference: "difference",
        columnInterval: "interval",
        columnP: "p",
        columnStations: "stations",
        range: { low, high in "\(low) to \(high)" },
        observerEffectTitle: "Observer effect",
        observerDifferenceNote: "difference = unobserved − observed, in percentage points: positive where the figure is higher at the stations nobody watched.",
        observerSecrecyNote: "Valid only if the sample stayed secret until the polls closed: the seed commitment published before election day is the evidence.",
        observerMethodNote: { level, simulations in
            "Strata weighted by their number of stations; \(level) t interval (Neyman variance, linearised ratios); p from \(simulations) re-draws of the observed stations within strata (Hyde 2007; Enikolopov et al. 2013)."
        },
        observerUnstratifiedNote: "OFFICIAL.csv has no column giving the sample's strata, so all stations are compared as one stratum: unbiased only if the allocation was proportional.",
        observerPPSNote: "The sample was drawn with probability proportional to size in some strata, so the observed stations there are larger than average: the comparison mixes the observer effect with the effect of size.",
        observerMissingNote: { n in "\(n) observed station(s) are not in the official results and are left out." },
        crossCheckTitle: "Official minus observed turnout at the observed stations",
        columnMeanGap: "mean gap",
        columnYesOf: { name in "\(name) yes" },
        columnNoOf: { name in "\(name) no" },
        columnGapYes: "gap (yes)",
        columnGapNo: "gap (no)",
        crossCheckGapNote: "Gaps in percentage points (official − observers' count).",
        crossCheckWelchNote: { name in "p: Welch's two-sided test that the gap is the same where observers answered '\(name)' yes and no." },
        integerTitle: "Stations at a whole percentage",
        columnAtWholePercent: "at whole %",
        columnExpected: "expected",
        integerNote: "A station is at a whole percentage when its count is within half a vote of one; stations with 100 or fewer (registered voters or valid votes) are left out (Kobak, Shpilkin & Pshenichnikov 2016).",
        integerExpectedNote: { approximation, simulations in
            "expected: if each station's count were binomial with its own size and rate; p: one-sided, "
                + (approximation ? "from the refined normal approximation of that count's distribution where simulation would be too slow, else " : "")
                + "from \(simulations) simulations."
        },
        fullTurnoutTitle: "Stations at full turnout",
        fullTurnoutNote: "Official ballots cast at or above 99% and 100% of the registered voters.",
        lastDigitTitle: "Last digits of the vote counts",
        columnCounts: "counts",
        columnChiSquare: "chi-square",
        columnAdjustedP: "adjusted p",
        lastDigitNote: { count, median, stations in
            "Last digits of each candidate's station counts of at least \(count) against uniform (chi-square, 9 degrees of freedom; Beber & Scacco 2012); a candidate whose median count is below \(median), or with fewer than \(stations) counts, is not tested: small counts do not have uniform last digits."
        },
        adjustedNote: { perGroup in "adjusted p: Benjamini–Hochberg over the candidates" + (perGroup ? " of each group." : ".") },
        fingerprintCaption: { domain, leader in
            "Fingerprint (Klimek et al. 2012)\(domain.map { ", " + $0 } ?? ""): voters by turnout and \(leader)'s share, one square per percentage point, darker for more voters. Stuffed ballots smear it towards the top right."
        },
        fingerprintTitle: { leader, domain in "Fingerprint: voters by turnout (x) and \(leader)'s share (y)" + (domain.map { ", \($0)" } ?? "") },
        fingerprintTurnoutAxis: "turnout",
        fingerprintShareAxis: { leader in "\(leader)'s share" })
}
