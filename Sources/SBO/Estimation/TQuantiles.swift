/// Student t quantiles for one confidence level 1 − α, by degrees of freedom: computed once
/// for df = 1 … `maximum` and looked up, computed on demand beyond.
///
/// ```
/// upper(df) = qt(1 − α/2, df)     the multiplier of every interval
/// lower(df) = qt(α/2, df)         Korn–Graubard's degrees-of-freedom factor
/// ```
/// A design simulation estimates thousands of shares whose degrees of freedom take few
/// values; finding each quantile (``StudentTDistribution/quantile(_:)``, an inverse incomplete
/// beta) was a fifth of its time. A table entry is the very number the direct call returns,
/// so intervals are bit-for-bit the same (`TQuantilesTests`).
struct TQuantiles: Sendable {
    /// 1 − α.
    let confidence: Double
    /// `upperTable[df]` = qt(1 − α/2, df) for df ≥ 1 (index 0 unused).
    private let upperTable: [Double]
    /// `lowerTable[df]` = qt(α/2, df) for df ≥ 1 (index 0 unused).
    private let lowerTable: [Double]

    /// The quantiles for df = 1 … `maximum` (none when `maximum` < 1).
    init(confidence: Double, upTo maximum: Int = 0) {
        self.confidence = confidence
        let range = 1...max(1, maximum)
        upperTable = maximum < 1 ? [] : [.nan] + range.map { Self.upper(confidence: confidence, df: $0) }
        lowerTable = maximum < 1 ? [] : [.nan] + range.map { Self.lower(confidence: confidence, df: $0) }
    }

    /// qt(1 − α/2, df), df ≥ 1.
    func upper(degreesOfFreedom df: Int) -> Double {
        df < upperTable.count ? upperTable[df] : Self.upper(confidence: confidence, df: df)
    }

    /// qt(α/2, df), df ≥ 1.
    func lower(degreesOfFreedom df: Int) -> Double {
        df < lowerTable.count ? lowerTable[df] : Self.lower(confidence: confidence, df: df)
    }

    private static func upper(confidence: Double, df: Int) -> Double {
        StudentTDistribution(degreesOfFreedom: Double(df)).quantile(1 - (1 - confidence) / 2)
    }

    private static func lower(confidence: Double, df: Int) -> Double {
        StudentTDistribution(degreesOfFreedom: Double(df)).quantile((1 - confidence) / 2)
    }
}
