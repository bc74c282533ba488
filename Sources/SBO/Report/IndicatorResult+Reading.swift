extension IndicatorResult {
    /// The label a reader sees: the codebook's label, else the column's name made readable
    /// (``ReportCharts/label(for:)``: "ballot_stuffing" → "Ballot stuffing").
    var readerLabel: String { label == name ? ReportCharts.label(for: name) : label }

    /// Whether the question is a condition that should hold (`equipment_ok`, the codebook's
    /// polarity `good`) rather than an irregularity.
    var isCondition: Bool { polarity == .good }
}
