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

    /// Whether right-to-left text gets the direction marks that keep numbers left to right
    /// (U+200E, U+200F): yes for HTML, which the browser lays out by the Unicode
    /// bidirectional algorithm; no for a terminal, which shows the marks as `\u{200e}`
    /// (``TerminalText``) and lays text out in logical order anyway.
    public var writesDirectionMarks: Bool

    public init(language: ReportLanguage = .english, directionMarks: Bool = true) {
        self.language = language
        self.messages = language.messages
        self.writesDirectionMarks = directionMarks
    }

    private var marksDirection: Bool { language.isRightToLeft && writesDirectionMarks }

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
    /// right-to-left language it starts with a left-to-right mark (U+200E), so that the
    /// bidirectional algorithm reads both numbers and the dash left to right (rule W7 makes a
    /// number after a strong L left to right) instead of printing "41.0–23.1". Marks, not
    /// isolates: ``MarkupEscaping`` removes bidirectional controls from every text.
    public func interval(_ interval: ConfidenceInterval?, digits: Int = 1) -> String {
        guard let interval else { return "–" }
        let text = number(max(interval.lower, 0), digits: digits) + "–" + number(min(interval.upper, 1), digits: digits)
        return marksDirection ? "\u{200E}" + text : text
    }

    /// A text led by a sign or a number ("+2.5", "<0.0001", "105 / 6,537", "≥ 99%") kept left
    /// to right in a right-to-left language, with a left-to-right mark before it as
    /// ``interval(_:digits:)`` has; unchanged otherwise.
    public func leftToRight(_ text: String) -> String {
        marksDirection ? "\u{200E}" + text : text
    }

    /// A difference of shares in percentage points with its sign: 0.025 → "+2.5", -0.007 →
    /// "-0.7", 0 → "0.0"; nil → "–".
    public func points(_ difference: Double?, digits: Int = 1) -> String {
        guard let difference else { return "–" }
        return leftToRight((difference > 0 ? "+" : "") + fixed(difference * 100, digits))
    }

    /// A name from the data (a label, a candidate) inside a sentence: in a right-to-left
    /// language followed by a right-to-left mark (U+200F), so that the punctuation after a
    /// Latin label belongs to the Arabic sentence around it.
    public func isolated(_ name: String) -> String {
        marksDirection ? name + "\u{200F}" : name
    }

    /// A count with the language's thousands separator: "6,537", "6 537".
    public func count(_ n: Int) -> String {
        style.localized(ReportNumber.grouped(n))
    }

    /// A plain decimal number: fixed(1.25, 1) → "1.3" ("1,3").
    public func fixed(_ x: Double, _ digits: Int) -> String {
        style.localized(ReportNumber.fixed(x, digits))
    }

    /// A p-value in a sentence: three decimals (four below 0.01), trailing zeros dropped,
    /// "< 0.0001" below: 0.0421 → "0.042", 0.00734 → "0.0073"; kept left to right.
    public func pValue(_ p: Double) -> String {
        leftToRight(p < 0.0001 ? "< " + fixed(0.0001, 4) : trimmed(p, p < 0.01 ? 4 : 3))
    }

    /// A margin in percentage points with ±, at most one decimal: 0.035 → "±3.5", 0.03 → "±3";
    /// kept left to right.
    public func margin(_ margin: Double) -> String {
        leftToRight("±" + trimmed(margin * 100, 1))
    }

    /// A plain decimal number with at most `digits` decimals, trailing zeros dropped:
    /// trimmed(20, 1) → "20", trimmed(2.5, 1) → "2.5" ("2,5").
    public func trimmed(_ x: Double, _ digits: Int) -> String {
        style.localized(ReportNumber.trimmed(x, digits))
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
