extension EstimateTableMessages {
    /// English: the reference every other language translates.
    public static let english = EstimateTableMessages(
        heading: "Estimates",
        sample: { file, sampled, reserves, strata in
            "Sample: \(file): \(sampled) stations sampled" + (reserves.map { " (and \($0) reserves)" } ?? "")
                + " in \(strata) strat\(strata == "1" ? "um" : "a")"
        },
        reporting: { stations, reserves, file in
            "Reporting: \(stations) stations" + (reserves.map { " (\($0) of them reserves)" } ?? "") + " from \(file)"
        },
        bootstrapIntervals: { method, level, replicates, scheme, seed in
            "Intervals: \(method), \(level) confidence, \(replicates) replicates, \(scheme) scheme, seed \"\(seed)\""
        },
        analyticIntervals: { method, level, df in
            "Intervals: \(method), \(level) confidence, t with \(df) degrees of freedom (reporting stations − strata)"
        },
        domains: { column in "Domains: by \(column)" },
        columnIndicator: "indicator",
        columnRatio: "ratio",
        columnEstimate: "estimate",
        columnInterval: { level in "\(level) interval" },
        columnAnswered: "answered",
        columnYes: "yes",
        columnDesignEffect: "deff",
        columnWorstCase: "worst case",
        columnStations: "stations",
        columnNotes: "notes",
        allStations: "all",
        nothingToEstimate: "Nothing to estimate: OBS.csv has no indicator columns and no ballots_cast or votes_* counts.",
        legend: "estimate and interval (its two ends) in percent; answered: stations that answered; deff: design effect; worst case: the share if every sampled station that did not report or answer had answered no, and yes.",
        notesHeading: "Notes:",
        dataHeading: "Data:",
        bootstrapNote: { scheme, fpc in
            "bootstrap: \(scheme) (Rao–Wu rescaled, n_h − 1 of n_h within strata"
                + (fpc
                    ? ", with the finite-population correction √(1 − n_h/N_h) of simple random strata, none for PPS strata, no variance from certainty stations — as the linearised standard errors"
                    : ", without the finite-population correction, as R survey's subbootweights")
                + "); standard errors are the replicates' standard deviation"
        },
        singleStationStrataNote: { strata in
            "strata with one reporting station are resampled by a random sign (weight × (1 ± √f)), adding the variance of the linearised \"adjust\" rule: \(strata)"
        },
        logitRatioNote: "turnout and vote shares: t interval on the logit scale (delta method on the linearised SE), so that it stays within 0–100%; a ratio above 100% at some station keeps the interval estimate ± t·SE",
        emptyStrataNote: { strata in
            "no station reported in stratum \(strata): it drops out of every estimate, which then covers only the strata that reported"
        })
}
