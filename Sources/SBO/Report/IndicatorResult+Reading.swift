extension IndicatorResult {
    /// The label a reader sees: the column's name made readable (``ReportCharts/label(for:)``).
    /// The codebook's label replaces it once `IndicatorResult` carries one (issue 10).
    var readerLabel: String { ReportCharts.label(for: name) }

    /// Whether the question is a condition that should hold (`equipment_ok`) rather than an
    /// irregularity: every question is an irregularity until the codebook's polarity
    /// reaches `IndicatorResult` (issue 10).
    var isCondition: Bool { false }
}
