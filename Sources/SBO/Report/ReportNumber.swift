/// Numbers as a report prints them for people, the same on every platform and locale.
///
/// ```
/// fixed(x, d)        x rounded half away from zero to d decimals: fixed(2.25, 1) = "2.3"
/// percent(p)         fixed(100 p, 1):                             percent(0.3142) = "31.4"
/// interval([L, U])   percent(L) + "–" + percent(U), clipped to [0, 100]: "23.1–41.0"
/// grouped(n)         thousands separated by commas:               grouped(6537) = "6,537"
/// trimmed(x, d)      fixed(x, d) without trailing zeros:          trimmed(20, 1) = "20"
/// ```
/// The dash of an interval is U+2013 (en dash), as in print; a missing value is "–". An
/// interval is always its two ends, never "±": intervals of shares are not symmetric.
/// ``ReportFormatter`` writes the same numbers in a report's language.
/// Tests: `ReportNumberTests`.
public enum ReportNumber {
    /// `x` with `digits` decimals, rounded half away from zero ("NA" when not finite).
    public static func fixed(_ x: Double, _ digits: Int) -> String {
        precondition((0...9).contains(digits), "0 to 9 decimals")
        guard x.isFinite else { return "NA" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return x < 0 ? "-\(abs(x))" : "\(x)" }
        let whole = UInt64(scaled)
        let unit = UInt64(scale)
        var text = String(whole / unit)
        if digits > 0 {
            let fraction = String(whole % unit)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return (x < 0 && whole != 0 ? "-" : "") + text
    }

    /// A share as a percentage with one decimal (or `digits`), without the sign: 0.3142 → "31.4"; nil → "–".
    public static func percent(_ share: Double?, digits: Int = 1) -> String {
        share.map { fixed($0 * 100, digits) } ?? "–"
    }

    /// An interval in percent with `digits` decimals, clipped to [0, 100] (a share cannot
    /// leave it, though a Wald interval can): "23.1–41.0"; nil → "–".
    public static func interval(_ interval: ConfidenceInterval?, digits: Int = 1) -> String {
        interval.map { fixed(max($0.lower, 0) * 100, digits) + "–" + fixed(min($0.upper, 1) * 100, digits) } ?? "–"
    }

    /// `x` with at most `digits` decimals, trailing zeros dropped: trimmed(20.0, 1) = "20",
    /// trimmed(92.5, 2) = "92.5".
    public static func trimmed(_ x: Double, _ digits: Int) -> String {
        var text = fixed(x, digits)
        guard text.contains(".") else { return text }
        while text.last == "0" { text.removeLast() }
        if text.last == "." { text.removeLast() }
        return text
    }

    /// A confidence level as people write it: 0.95 → "95%", 0.995 → "99.5%".
    public static func confidence(_ level: Double) -> String {
        trimmed(level * 100, 2) + "%"
    }

    /// A count with thousands separated by commas: 6537 → "6,537".
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return (n < 0 ? "-" : "") + text
    }
}
