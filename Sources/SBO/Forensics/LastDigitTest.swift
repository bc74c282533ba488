import Foundation

/// Last digits of a candidate's station vote counts against the uniform distribution
/// (Beber & Scacco 2012): people who invent numbers favour some final digits, while the last
/// digit of a count that varies over many tens is close to uniform.
///
/// Over the stations whose count is at least ``minimumCount`` (10: a one-digit count's last
/// digit is its first), with o_d the number of counts ending in digit d and n their number:
/// ```
/// X² = Σ_{d=0}^{9} (o_d − n/10)² / (n/10)
/// p  = P(χ²₉ ≥ X²) = 2Φ(−√X²) + 2φ(√X²)(x^{1/2} + x^{3/2}/3 + x^{5/2}/15 + x^{7/2}/105),  x = X²
/// ```
/// (the closed form of the χ² tail for odd degrees of freedom, Abramowitz & Stegun 26.4.4).
/// A candidate is tested only when the median of its station counts is at least
/// ``minimumMedian`` (50) and at least ``minimumStations`` (50) counts are included. A count
/// whose natural spread is a few votes does not have a uniform last digit: for a count with a
/// smooth density of standard deviation σ the digits deviate from 1/10 by about
/// 2·exp(−2π²σ²/100), 8 % relative at σ = 4 (a Poisson count of mean 16) but 0.006 % at σ = 7;
/// and cutting a thin tail at a threshold (keeping only a small candidate's counts ≥ 50)
/// favours the digits just above it. Either would raise false alarms in clean elections, so
/// small candidates get no p-value (Beber & Scacco likewise test counts with enough digits).
/// Across candidates, the p-values are adjusted by ``BenjaminiHochberg``.
///
/// Reference: B. Beber, A. Scacco, "What the Numbers Say: A Digit-Based Test for Election
/// Fraud", Political Analysis 20(2):211–234, 2012, [doi:10.1093/pan/mps003].
///
/// [doi:10.1093/pan/mps003]: https://doi.org/10.1093/pan/mps003
public struct LastDigitTest: Sendable, Equatable {
    /// Counts below this are left out.
    public static let minimumCount = 10
    /// A candidate whose median station count is below this is not tested.
    public static let minimumMedian = 50
    /// Fewer counts than this give no p-value.
    public static let minimumStations = 50

    /// The candidate's column.
    public let figure: String
    /// The `--by` group, nil for all stations.
    public let domain: String?
    /// How many counts end in 0, 1, …, 9.
    public let digitCounts: [Int]
    /// Σ digitCounts.
    public let stations: Int
    /// X²; nil when too few counts.
    public let chiSquare: Double?
    /// P(χ²₉ ≥ X²); nil when too few counts.
    public let pValue: Double?
    /// Benjamini–Hochberg adjusted over the candidates of the same group.
    public let pAdjusted: Double?

    /// The test of `counts` over the stations `rows`.
    public init(figure: String, counts: [Int], rows: [Int], domain: String? = nil) {
        var digits = [Int](repeating: 0, count: 10)
        for row in rows where counts[row] >= Self.minimumCount { digits[counts[row] % 10] += 1 }
        let n = digits.reduce(0, +)
        let median = FrameSummary.median(of: rows.map { counts[$0] })  // a selection, not a sort
        self.figure = figure
        self.domain = domain
        self.digitCounts = digits
        self.stations = n
        if n >= Self.minimumStations, median >= Double(Self.minimumMedian) {
            let e = Double(n) / 10
            let x2 = digits.reduce(0) { $0 + (Double($1) - e) * (Double($1) - e) / e }
            self.chiSquare = x2
            self.pValue = Self.chiSquareNineTail(x2)
        } else {
            self.chiSquare = nil
            self.pValue = nil
        }
        self.pAdjusted = nil
    }

    private init(_ test: LastDigitTest, adjusted: Double?) {
        figure = test.figure
        domain = test.domain
        digitCounts = test.digitCounts
        stations = test.stations
        chiSquare = test.chiSquare
        pValue = test.pValue
        pAdjusted = adjusted
    }

    /// The tests of every candidate over `rows`, with Benjamini–Hochberg adjusted p-values.
    public static func family(official: OfficialResults, rows: [Int], domain: String? = nil) -> [LastDigitTest] {
        let tests = zip(official.candidateColumns, official.votes).map {
            LastDigitTest(figure: $0.0, counts: $0.1, rows: rows, domain: domain)
        }
        return zip(tests, BenjaminiHochberg.adjust(tests.map(\.pValue))).map { LastDigitTest($0.0, adjusted: $0.1) }
    }

    /// P(χ² with 9 degrees of freedom ≥ x), Abramowitz & Stegun 26.4.4.
    public static func chiSquareNineTail(_ x: Double) -> Double {
        guard x > 0 else { return 1 }
        let s = x.squareRoot()
        let density = exp(-x / 2) / (2 * Double.pi).squareRoot()
        let series = s + s * x / 3 + s * x * x / 15 + s * x * x * x / 105
        return min(1, max(0, 2 * NormalDistribution.cdf(-s) + 2 * density * series))
    }
}
