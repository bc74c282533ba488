/// Numbers and texts of a report in one language: ``ReportNumber``'s rounding, the language's
/// marks (``NumberStyle``) and its sentences (``ReportMessages``).
///
/// Precision. Tables print one decimal. A sentence prints whole percentages between 10% and
/// 90% and one decimal nearer 0 or 100 (where a whole number would hide most of the figure).
/// Wherever an official figure o is set against an interval [L, U], the decimals d are raised
/// (up to 4) until the rounded numbers show the relation the exact ones have:
/// ```
/// o < L  ⇒  round(o, d) < round(L, d)        o > U  ⇒  round(o, d) > round(U, d)
/// ```
/// (inside needs nothing: rounding keeps L ≤ o ≤ U). So a flagged figure never reads
/// "0.7%, interval 0.7–0.8".
/// Intervals of shares are printed clipped to [0, 100%], as they are drawn. Tests:
/// `ReportFormatterTests`.
public struct ReportFormatter: Sendable {
    /// The language.
    public var language: ReportLanguage
    /// Its texts.
    public let messages: ReportMessages

    public init(language: ReportLanguage = .english) {
        self.language = language
        self.messages = language.messages
    }

    /// English.
    public static let english = ReportFormatter()

    private var style: NumberStyle { language.numberStyle }

    /// A share in percent with `digits` decimals, without the sign: 0.3142 → "31.4" ("31,4").
    public func number(_ share: Double, digits: Int = 1) -> String {
        style.localized(ReportNumber.fixed(share * 100, digits))
    }

    /// A share in percent with the sign: "31.4%", "31,4 %"; nil → "–".
    public func percent(_ share: Double?, digits: Int = 1) -> String {
        share.map { style.percent(number($0, digits: digits)) } ?? "–"
    }

    /// An interval in percent, both ends, clipped to [0, 100]: "23.1–41.0"; nil → "–". In a
    /// right-to-left language it is wrapped in a left-to-right isolate (U+2066 … U+2069), so
    /// that the bidirectional algorithm does not print it as "41.0–23.1".
    public func interval(_ interval: ConfidenceInterval?, digits: Int = 1) -> String {
        guard let interval else { return "–" }
        let text = number(max(interval.lower, 0), digits: digits) + "–" + number(min(interval.upper, 1), digits: digits)
        return language.isRightToLeft ? "\u{2066}" + text + "\u{2069}" : text
    }

    /// A name from the data (a label, a candidate) inside a sentence: in a right-to-left
    /// language wrapped in a first-strong isolate (U+2068 … U+2069), so that a Latin label
    /// keeps its own direction and does not reorder the Arabic words around it.
    public func isolated(_ name: String) -> String {
        language.isRightToLeft ? "\u{2068}" + name + "\u{2069}" : name
    }

    /// A count with the language's thousands separator: "6,537", "6 537".
    public func count(_ n: Int) -> String {
        style.localized(ReportNumber.grouped(n))
    }

    /// A plain decimal number: fixed(1.25, 1) → "1.3" ("1,3").
    public func fixed(_ x: Double, _ digits: Int) -> String {
        style.localized(ReportNumber.fixed(x, digits))
    }

    /// The confidence level: "95%" ("95 %").
    public func level(_ confidence: Double) -> String {
        style.percent(style.localized(ReportNumber.trimmed(confidence * 100, 2)))
    }

    /// The decimals a sentence gives a share: 0 between 10% and 90% (as rounded), else 1.
    public static func sentenceDigits(_ share: Double) -> Int {
        let whole = (share * 100).rounded(.toNearestOrAwayFromZero)
        return whole >= 10 && whole <= 90 ? 0 : 1
    }

    /// The fewest decimals, at least `minimum` and at most 4, at which `official` rounded
    /// falls on the same side of the rounded interval as it does exactly.
    public static func digits(showing official: Double?, against interval: ConfidenceInterval?, minimum: Int) -> Int {
        guard let official, let interval else { return minimum }
        let lower = max(interval.lower, 0), upper = min(interval.upper, 1)
        var digits = minimum
        while digits < 4 {
            func rounded(_ x: Double) -> Double { Double(ReportNumber.fixed(x * 100, digits)) ?? x }
            if official < lower, !(rounded(official) < rounded(lower)) { digits += 1; continue }
            if official > upper, !(rounded(official) > rounded(upper)) { digits += 1; continue }
            break
        }
        return digits
    }
}
