extension IntervalRule {
    /// The footnote a reader needs for an interval that did not come from the requested method
    /// in the usual way; nil for the standard and bootstrap rules. Used by `sbo estimate`'s
    /// tables and by `HTMLReport`, so that both say the same thing.
    public var note: String? {
        switch self {
        case .kornGraubardAnsweringStations:
            "the estimate is 0% or 100% (or has no sampling variance), where the requested interval "
                + "would have no width: the interval is Korn–Graubard (Clopper–Pearson) with the "
                + "answering stations as the effective sample size (NCHS rule)"
        case .census:
            "every stratum answering is a census (all its stations observed): no sampling error"
        case .standard, .bootstrap:
            nil
        }
    }
}
