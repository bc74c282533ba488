/// How sbo reads the text of one cell: missing, yes/no, a count, a number.
///
/// Every function ignores surrounding spaces and tabs and compares letters without regard
/// to case. They work on the UTF-8 bytes through a pointer (``withBytes(of:_:)``), so that a
/// million cells cost no allocation and no `String.Index` arithmetic.
/// Tests: `CellValueTests`.
public enum CellValue {
    /// Whether `text` marks a missing value: empty, `NA`, `N/A`, `.` or `-` (the SPEC's list).
    public static func isMissing(_ text: String) -> Bool {
        withBytes(of: text) { isMissing($0) }
    }

    /// The yes/no reading of `text`: true for `1`, `yes`, `true`, `y`; false for `0`, `no`,
    /// `false`, `n`; nil for anything else, missing values included.
    public static func indicator(_ text: String) -> Bool? {
        withBytes(of: text) { indicator($0) }
    }

    /// The count written in `text`, or nil when it is not a non-negative integer.
    ///
    /// Accepted: ASCII digits, optionally followed by a point and zeros only (`12.0`, `12.00`),
    /// because pandas and R write an integer column that has missing values as floats. Rejected:
    /// a sign (`-1`, `+1`), a fraction (`1.5`, `.5`), an exponent (`1e3`), thousands separators
    /// (`1,000`, `1 000`), and values above `Int.max`.
    public static func nonNegativeInteger(_ text: String) -> Int? {
        withBytes(of: text) { nonNegativeInteger($0) }
    }

    /// The number written in `text` in decimal notation, or nil.
    ///
    /// Grammar, after trimming: `[+-] (digits [sep digits*] | sep digits) [(e|E) [+-] digits]`
    /// where `sep` is `.` or, for spreadsheets in comma-decimal locales, `,` (`0,45`). No
    /// thousands separators, no `inf` or `nan`, no hexadecimal.
    public static func number(_ text: String) -> Double? {
        withBytes(of: text) { number($0) }
    }

    /// Whether `text`, as it stands (not trimmed), is a decimal number with a point separator;
    /// the writer's formula guard leaves such cells alone.
    static func isDecimalNumber(_ text: String) -> Bool {
        withBytes(of: text) { isDecimalNumber($0[...], allowingComma: false) }
    }

    /// ``isMissing(_:)`` of a cell's bytes (``CSVCellBytes``).
    static func isMissing(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { isMissing(trimmed(bytes)) }

    /// ``indicator(_:)`` of a cell's bytes.
    static func indicator(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? { indicator(trimmed(bytes)) }

    /// ``nonNegativeInteger(_:)`` of a cell's bytes.
    static func nonNegativeInteger(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? { nonNegativeInteger(trimmed(bytes)) }

    /// ``number(_:)`` of a cell's bytes.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let value = trimmed(bytes)
        guard isDecimalNumber(value, allowingComma: true) else { return nil }
        if let exact = exactDecimal(value) { return exact }
        return Double(String(decoding: value.map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self))
    }

    /// Whether a cell's bytes are only spaces and tabs (or none).
    static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { trimmed(bytes).isEmpty }

    /// Whether a cell's bytes, without surrounding spaces and tabs, equal the lower-case ASCII
    /// `word` regardless of ASCII letter case.
    static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        matches(trimmed(bytes), [word])
    }

    /// Calls `body` with the UTF-8 bytes of `text`: in place for a native string, else from
    /// a contiguous copy.
    private static func withBytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// The bytes without surrounding spaces and tabs.
    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = 0, end = bytes.count
        while start < end && isBlank(bytes[start]) { start += 1 }
        while end > start && isBlank(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    private static func isMissing(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        switch value.count {
        case 0: return true
        case 1: return value[value.startIndex] == UInt8(ascii: ".") || value[value.startIndex] == UInt8(ascii: "-")
        case 2, 3: return matches(value, ["na", "n/a"])
        default: return false
        }
    }

    private static func indicator(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Bool? {
        if value.count == 1 {  // the usual answers, `0` and `1`, without a word list
            switch value[value.startIndex] {
            case UInt8(ascii: "1"): return true
            case UInt8(ascii: "0"): return false
            default: break
            }
        }
        if matches(value, ["1", "yes", "true", "y"]) { return true }
        if matches(value, ["0", "no", "false", "n"]) { return false }
        return nil
    }

    private static func nonNegativeInteger(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var result = 0
        var index = value.startIndex
        while index < value.endIndex, let digit = digitValue(value[index]) {
            let (shifted, overflowA) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = shifted.addingReportingOverflow(digit)
            guard !overflowA && !overflowB else { return nil }
            result = sum
            index += 1
        }
        guard index != value.startIndex else { return nil }
        if index < value.endIndex {
            guard value[index] == UInt8(ascii: ".") else { return nil }
            let zeros = value[(index + 1)...]
            guard !zeros.isEmpty && zeros.allSatisfy({ $0 == UInt8(ascii: "0") }) else { return nil }
        }
        return result
    }

    private static func isDecimalNumber(_ value: Slice<UnsafeBufferPointer<UInt8>>, allowingComma: Bool) -> Bool {
        var index = value.startIndex
        func skipDigits() -> Int {
            let start = index
            while index < value.endIndex && digitValue(value[index]) != nil { index += 1 }
            return index - start
        }
        func skip(_ accepted: (UInt8) -> Bool) -> Bool {
            guard index < value.endIndex && accepted(value[index]) else { return false }
            index += 1
            return true
        }
        _ = skip { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
        var digits = skipDigits()
        if skip({ $0 == UInt8(ascii: ".") || (allowingComma && $0 == UInt8(ascii: ",")) }) {
            digits += skipDigits()
        }
        guard digits > 0 else { return false }
        if skip({ $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            _ = skip { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
            guard skipDigits() > 0 else { return false }
        }
        return index == value.endIndex
    }

    /// A decimal number (already checked by ``isDecimalNumber(_:allowingComma:)``) read by
    /// Clinger's fast path, or nil when it does not apply: written as m · 10^e with an
    /// integer m < 2^53 and |e| ≤ 22, both m and 10^|e| are exact doubles, so m · 10^e or
    /// m / 10^−e is a single correctly rounded operation and equals what `strtod` returns.
    /// Source: W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990.
    /// Tests: `CellValueTests` (against `Double(String)` on random and edge decimals).
    private static func exactDecimal(_ value: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        var mantissa: UInt64 = 0, exponent = 0, negative = false
        var index = value.startIndex
        if value[index] == UInt8(ascii: "-") || value[index] == UInt8(ascii: "+") {
            negative = value[index] == UInt8(ascii: "-")
            index += 1
        }
        var inFraction = false
        while index < value.endIndex {
            let byte = value[index]
            if let digit = digitValue(byte) {
                mantissa = mantissa &* 10 &+ UInt64(digit)
                guard mantissa < 1 << 53 else { return nil }
                if inFraction { exponent -= 1 }
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                inFraction = true
            } else {
                break
            }
            index += 1
        }
        if index < value.endIndex {
            // An exponent: `e` or `E`, a sign, digits (at most 4 are read here).
            index += 1
            var exponentSign = 1, written = 0, count = 0
            if value[index] == UInt8(ascii: "-") || value[index] == UInt8(ascii: "+") {
                exponentSign = value[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
            }
            while index < value.endIndex, let digit = digitValue(value[index]) {
                count += 1
                guard count <= 4 else { return nil }
                written = written * 10 + digit
                index += 1
            }
            exponent += exponentSign * written
        }
        guard (-22...22).contains(exponent) else { return nil }
        let scaled = exponent < 0
            ? Double(mantissa) / exactPowersOfTen[-exponent] : Double(mantissa) * exactPowersOfTen[exponent]
        return negative ? -scaled : scaled
    }

    /// 10^0 … 10^22, every one an exact double.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    private static func digitValue(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// Whether `value` equals one of the lower-case ASCII `words`, ignoring ASCII letter case.
    private static func matches(_ value: Slice<UnsafeBufferPointer<UInt8>>, _ words: [StaticString]) -> Bool {
        words.contains { word in
            guard word.utf8CodeUnitCount == value.count else { return false }
            let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
            return zip(value, expected).allSatisfy { actual, lower in
                actual == lower || (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") && actual == lower - 32)
            }
        }
    }
}
