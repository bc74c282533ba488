extension ProgressMessages {
    /// English.
    public static let english = ProgressMessages(
        heading: "Election night: how the figures settled",
        chartTitle: "Estimates as reports arrived",
        caption: { level, sampled, margin, columns, testLevel in
            "Each figure's estimate (line) and \(level) interval (band) from the reports received by each "
                + "checkpoint, against the share of the \(sampled) sampled stations reporting; dashed: the latest "
                + "estimate ± the planned margin of \(margin) points. A red dot marks a "
                + "checkpoint where the stations that had reported differed from those still outstanding (permutation tests on "
                + "\(columns ?? "no column varies"), Westfall–Young min-P, p ≤ \(testLevel))."
        },
        latestCheck: { verdict, p in
            "Reporting vs outstanding stations at the latest checkpoint: " + {
                switch verdict {
                case .similar: "similar (p = \(p))"
                case .different: "different (p = \(p))"
                case .complete: "every sampled station has reported"
                case .untestable: "cannot be compared yet"
                }
            }()
        },
        legendDifferent: { level in "different (p ≤ \(level))" },
        legendSimilar: "similar or complete",
        legendPlanned: { margin in "latest estimate ± planned margin (\(margin) points)" },
        axes: "Across: the share of the sample reporting. Up: the figure and its interval.",
        verdict: { $0.rawValue },
        checkpoint: { reporting, estimate, interval, verdict in "\(reporting) reporting: \(estimate) (\(interval)), check \(verdict)" },
        ready: { planned, p in
            "Ready to publish: every headline figure is within the planned margin of \(planned) points, "
                + "and the stations that reported \(p.map { "look like those still outstanding (p = \($0))" } ?? "are the whole sample")."
        },
        marginAbovePlan: { figure, margin, planned in
            "\(figure)'s margin is \(margin) points, wider than the planned \(planned) points"
        },
        noInterval: { figure in "\(figure) has no interval yet" },
        notRepresentative: { columns, p in
            "the stations that reported differ from those still outstanding\(columns.map { " in \($0)" } ?? "") (p = \(p))"
        },
        untestable: "whether the stations that reported look like those outstanding cannot be checked yet",
        notReady: { missing, complete in
            "Not ready to publish: " + missing.joined(separator: "; ") + ". "
                + (complete ? "Every sampled station has reported: publish with the wider margins stated." : "Wait for more reports.")
        },
        tableHeading: "Election night",
        reports: { file, column in "Reports: \(file), by their \(column) (UTC)" },
        check: { columns, permutations, level in
            "Check: reporting against outstanding primary stations on \(columns ?? "no column (none varies)"); "
                + "permutation tests (\(permutations) relabellings), overall p-value adjusted by Westfall–Young min-P; "
                + "different when p ≤ \(level)"
        },
        columnTime: "time",
        columnReporting: "reporting",
        columnShare: "share",
        columnP: "p-value",
        columnVerdict: "verdict",
        legend: { level, method in
            "columns: share of the sample reporting; estimate in percent with its \(level) \(method) interval "
                + "(as 'sbo estimate --as-of TIME')."
        },
        plannedMarginFromSample: "(planned margin: the full sample's for a share of 50%; --planned-margin sets it)")
}
