extension CompareMessages {
    /// English.
    public static let english = CompareMessages(
        heading: "Official results against the observers",
        national: { file, level in "National figures of \(file) against the observers' \(level) intervals:" },
        columnFigure: "figure",
        columnOfficial: "official",
        columnObservers: "observers",
        columnInterval: { level in "\(level) interval" },
        columnInside: "inside",
        columnGap: "gap_se",
        yes: "yes",
        no: "NO",
        gapNote: "gap_se: (official − observers' estimate) / standard error.",
        stations: { points, differing, compared in
            "Stations whose official turnout differs from the observers' count by more than \(points) points: "
                + "\(differing) of \(compared) compared"
        },
        columnStation: "station_id",
        columnObserved: "observed",
        columnStationGap: "gap")
}
