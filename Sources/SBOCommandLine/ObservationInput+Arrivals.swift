import SBO

/// The reports received by a time: the `--as-of` option, and the observations of a subset of OBS.csv's rows, joined exactly as ``load(_:)`` joins them.
extension ObservationInput {
    static let asOf = OptionSpec.value(
        "as-of", "TIME",
        "Estimate from the reports received by TIME: ISO 8601, e.g. 2024-02-07T20:00:00+04:00 or 2024-02-07 16:00 (no offset: UTC).")

    /// SAMPLE.csv's column of registered voters: the manifest's, else `registered_voters`.
    var sizeColumn: String { manifest?.sizeColumn ?? SamplingFrame.defaultSizeColumn }

    /// OBS.csv's submission times: from the time column the observations were read with
    /// (`--time-column`, the codebook's `time`, `_submission_time` or `SubmissionDate`), else
    /// from a recognised column that ``Observations`` set aside because some cells do not
    /// read as times, so that every such cell is listed.
    func submissionTimes() throws(ProgressError) -> SubmissionTimes {
        try SubmissionTimes(table: observations.table, column: observations.timeColumn)
    }

    /// The observations of OBS.csv's rows at `rows`, read with the same options.
    func observations(ofRows rows: [Int], options: IntakeOptions) throws(ObservationError) -> Observations {
        try Observations(
            table: observations.table.rows(rows), sample: observations.sample, sizeColumn: sizeColumn,
            options: options)
    }

    /// With `--as-of TIME`, the observations of the reports received by TIME; else all.
    func observations(asOf arguments: ParsedArguments) throws -> Observations {
        guard let text = arguments.string(Self.asOf.name) else { return observations }
        guard let time = Timestamp(parsing: text) else {
            throw UsageError("--as-of takes a time such as 2024-02-07T20:00:00+04:00 or 2024-02-07 16:00, got '\(text)'")
        }
        let rows = try submissionTimes().nonEmptyRows(receivedBy: time)
        return try observations(ofRows: rows, options: Self.intake(arguments))
    }
}
