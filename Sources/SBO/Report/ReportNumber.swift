/// Numbers as a report prints them for people, the same on every platform and locale.
///
/// ```
/// fixed(x, d)        x rounded half away from zero to d decimals: fixed(2.25, 1) = "2.3"
/// percent(p)         fixed(100 p, 1):                             percent(0.3142) = "31.4"
/// interval([L, U])   percent(L) + "–" + percent(U):               "23.1–41.0"
/// points([L, U])     "±" + fixed(100 (U − L) / 2, 1):              "±8.9"
/// grouped(n)         thousands separated by commas:               grouped(6537) = "6,537"
/// trimmed(x, d)      fixed(x, d) without trailing zeros:          trimmed(20, 1) = "20"
/// ```
/// The dash of an interval is U+2013 (en dash), as in print; a missing value is "–".
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

    /// A share as a percentage with one decimal, without the sign: 0.3142 → "31.4"; nil → "–".
    public static func percent(_ share: Double?) -> String {
        share.map { fixed($0 * 100, 1) } ?? "–"
    }

    /// An interval in percent: "23.1–41.0"; nil → "–".
    public static func interval(_ interval: ConfidenceInterval?) -> String {
        interval.map { percent($0.lower) + "–" + percent($0.upper) } ?? "–"
    }

    /// Half the interval's width in percentage points: "±8.9"; nil → "–".
    public static func points(_ interval: ConfidenceInterval?) -> String {
        interval.map { "±" + fixed(halfWidth($0) * 100, 1) } ?? "–"
    }

    /// (U − L) / 2, the margin of error of an interval as a fraction.
    public static func halfWidth(_ interval: ConfidenceInterval) -> Double {
        (interval.upper - interval.lower) / 2
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
