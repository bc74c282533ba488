extension ReportMessages {
    /// English: the reference every other language translates.
    public static let english = ReportMessages(
        defaultTitle: "Election observation: what the observers found",
        lede: { stations, level in
            "Statistically based observation: estimates from \(stations) polling stations drawn at random, with \(level) confidence intervals."
        },
        summaryHeading: "In brief",
        irregularityShare: { label, share, low, high in
            "Observers saw \(inSentence(label)) at an estimated \(share) of polling stations (between \(low) and \(high))."
        },
        irregularityNone: { label, stations, upper, level in
            "\(label): none seen at \(stations) stations, so at most \(upper) of all polling stations (\(level) confidence)."
        },
        conditionShare: { label, share, low, high in
            "\(label): yes at an estimated \(share) of polling stations (between \(low) and \(high))."
        },
        conditionNone: { label, stations, upper, level in
            "\(label): at none of \(stations) stations, so at most \(upper) of all polling stations (\(level) confidence)."
        },
        turnoutSentence: { share, low, high in "Turnout was an estimated \(share) (between \(low) and \(high))." },
        candidateSentence: { name, share, low, high in
            "\(name) received an estimated \(share) of the votes (between \(low) and \(high))."
        },
        officialSentence: { official, inside in
            inside ? "The official figure, \(official), is inside this range."
                : "The official figure, \(official), is outside this range."
        },
        intervalBoxHeading: { level in "What a \(level) interval means" },
        intervalBoxText: { level, outOf100 in [
            "Observers went to a random sample of polling stations, not to all of them. Another sample would have given slightly different figures. The interval is the range of values that agree with what this sample saw.",
            "Intervals made this way contain the true figure for all polling stations in \(outOf100) of 100 samples. Values near the ends are less likely than the middle, but still possible; values outside are unlikely.",
            "The interval covers the chance of the draw only, not observers' mistakes or stations that kept observers out.",
        ] },
        methodHeading: "How these figures were obtained",
        methodDrawn: { reporting, sampled, frame, pps, stratifiedBy, strata, reserves in
            var text = "Observers reported from \(reporting) of the \(sampled) polling stations drawn at random"
            if let pps { text += " with probability proportional to \(pps)" }
            text += " from the country's \(frame) polling stations"
            if let stratifiedBy {
                text += ", stratified by \(stratifiedBy) (\(strata) strata)"
            } else if strata != "1" {
                text += ", in \(strata) strata"
            }
            if let reserves { text += ", and from \(reserves) reserve station\(reserves == "1" ? "" : "s") drawn with them" }
            return text + "."
        },
        methodNoInterval: { df in
            "Figures are shares of polling stations; they have no confidence interval: \(df) degrees of freedom (reporting stations minus strata), and at least two reporting stations per stratum are needed."
        },
        methodIntervals: { level, description, widest in
            "Figures are shares of polling stations, with a \(level) confidence interval (\(description))"
                + (widest.map { "; the widest interval spans \($0) percentage points." } ?? ".")
        },
        methodRatios: { widest in
            "Turnout and vote shares are ratios of the votes counted at these stations; their widest interval spans \(widest) points."
        },
        methodWeights: "Each station counts with the inverse of its chance of selection; a sampled station that did not report is non-response within its stratum.",
        methodEmptyStrata: { strata in "No station reported in \(strata); the figures cover the other strata only." },
        analyticInterval: { method, df in "\(method), t with \(df) degrees of freedom" },
        bootstrapInterval: { scheme, replicates, interval, seed in "\(scheme), \(replicates) replicates, \(interval), seed \(seed)" },
        schemeIID: "bootstrap",
        schemeRaoWu: "Rao–Wu rescaled bootstrap within strata",
        schemeRaoWuFPC: "Rao–Wu rescaled bootstrap within strata with finite-population correction",
        percentileInterval: "percentile interval",
        basicInterval: "basic interval",
        bcaInterval: "bias-corrected and accelerated (BCa) interval",
        irregularitiesHeading: "Irregularities observers saw",
        conditionsHeading: "Conditions that should hold",
        indicatorCaption: { level in "Share of polling stations. Dot: estimate; line: \(level) confidence interval." },
        nothingToEstimate: "Nothing to estimate: the observations have no yes/no columns and no ballots_cast or votes_* counts.",
        columnIndicator: "Question",
        columnShare: "Share of stations",
        columnInterval: { level in "\(level) interval" },
        columnAnswering: "Stations answering",
        columnYes: "Yes",
        columnNotes: "Notes",
        ratiosHeading: "Turnout and vote shares",
        ratioCaption: { level, official in
            "Dot: observers' estimate; line: \(level) confidence interval." + (official ? " Tick: official figure (red when outside the interval)." : "")
        },
        turnoutLabel: "Turnout",
        leadingCandidatesTitle: "Turnout and leading candidates",
        smallCandidatesTitle: { end in "Other candidates (note the scale: 0 to \(end))" },
        columnFigure: "Figure",
        columnEstimate: "Observers' estimate",
        columnStations: "Stations",
        columnOfficial: "Official",
        columnOfficialInside: "Official within interval",
        yes: "yes",
        outsideBy: { se, above in "no: \(se) SE \(above ? "above" : "below")" },
        outside: "no",
        standardErrorNote: "SE: the observers' standard error. The more standard errors an official figure lies from the observers' estimate, the less the chance of the draw can explain the difference.",
        domainsHeading: { column in "By \(column)" },
        domainsNote: { column in
            "One panel per value of \(column), rows in the national order above. Each panel rests on its own stations only, so its intervals are wider; n is the number of stations reporting there."
        },
        domainsOfficialNote: { column in
            "Tick: the official figure summed over that \(column)'s stations in the official results; its value follows the interval after “·” (red when outside the interval)."
        },
        domainStations: { n in "n = \(n)" },
        domainTooFew: { n in "only \(n) stations: too few to tell" },
        discrepanciesHeading: "Stations where official and observed turnout differ",
        discrepanciesSummary: { compared, differing, points in
            "Observed stations found in the official results: \(compared). Of these, \(differing) have an official turnout more than \(points) points away from the observers' count."
        },
        columnStation: "Station",
        columnObservedTurnout: "Observed turnout",
        columnOfficialTurnout: "Official turnout",
        columnDifference: "Difference (points)",
        notInOfficial: { ids in "Not in the official results: \(ids)." },
        dataHeading: "The data read",
        footerHeading: "Check and repeat",
        seedCommitment: "Seed commitment",
        seed: "Seed",
        frame: "Frame",
        frameStations: { n in "stations: \(n)" },
        sampleInManifest: "Sample in the manifest",
        matchesSample: "matches the sample file read",
        doesNotMatchSample: "does NOT match the sample file read",
        drawnBy: "Drawn by",
        drawnByText: { version, command in "sbo \(version); check with: \(command)" },
        noManifest: "Sample manifest",
        noManifestText: "none beside the sample file: the seed and the frame's digest are not recorded here",
        file: { role in "File: \(role)" },
        roleSample: "sample",
        roleObservations: "observations",
        roleOfficial: "official results",
        producedBy: "Produced by",
        reproducedBy: "This report is reproduced byte for byte by:",
        chartEstimate: "estimate",
        chartInterval: { level in "\(level) interval" },
        chartOfficial: "official figure",
        chartOfficialOutside: "official, outside the interval",
        chartSource: { file, stations, level in "Source: \(file), polling stations reporting: \(stations); \(level) confidence intervals." },
        sharesTitle: "Share of polling stations",
        nothingToPlot: "Nothing to plot: no indicators and no turnout or vote counts.",
        noAnswers: "no answers",
        noInterval: "too few stations for an interval",
        singleStationStrataShort: "single-station strata",
        noVotes: "no votes counted",
        note: { $0.description },
        ruleNote: { $0.note },
        forensics: .english,
        table: .english,
        dataQuality: .english,
        progress: .english,
        compare: .english)

    /// A label inside an English sentence: its first letter lowered unless the second is a
    /// capital too (an acronym: "CEC staff" stays).
    static func inSentence(_ label: String) -> String {
        let letters = Array(label)
        guard let first = letters.first, first.isUppercase else { return label }
        if letters.count > 1, letters[1].isUppercase { return label }
        return first.lowercased() + String(letters.dropFirst())
    }
}
