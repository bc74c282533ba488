import Testing
@testable import SBO

@Suite struct CellValueTests {
    @Test func missingValues() {
        for text in ["", " ", "\t", "NA", "na", " Na ", "N/A", "n/a", "n/A", ".", "-", " - "] {
            #expect(CellValue.isMissing(text), "\(text) is missing")
        }
        for text in ["0", "NaN", "none", "N.A.", "--", "..", "a", "NA1", "N/ A"] {
            #expect(!CellValue.isMissing(text), "\(text) is not missing")
        }
    }

    @Test func indicators() {
        for text in ["1", "yes", "YES", "Yes", "true", "TRUE", "y", "Y", " y "] {
            #expect(CellValue.indicator(text) == true, "\(text)")
        }
        for text in ["0", "no", "NO", "false", "False", "n", "N", "\tno\t"] {
            #expect(CellValue.indicator(text) == false, "\(text)")
        }
        for text in ["", "NA", "2", "1.0", "oui", "t", "f", "yess", "-1"] {
            #expect(CellValue.indicator(text) == nil, "\(text)")
        }
    }

    @Test func nonNegativeIntegers() {
        let accepted: [(String, Int)] = [
            ("0", 0), ("7", 7), (" 1234 ", 1234), ("007", 7), ("12.0", 12), ("12.00", 12),
            ("9223372036854775807", Int.max),
        ]
        for (text, value) in accepted {
            #expect(CellValue.nonNegativeInteger(text) == value, "\(text)")
        }
        for text in ["", "NA", "-1", "+1", "1.5", ".5", "12.", "1e3", "1,000", "1 000", "0x10", "١٢",
                     "9223372036854775808", "12.0.0", "12.01"] {
            #expect(CellValue.nonNegativeInteger(text) == nil, "\(text)")
        }
    }

    @Test func numbers() {
        let accepted: [(String, Double)] = [
            ("0.45", 0.45), ("0,45", 0.45), (" -1.5 ", -1.5), ("+2", 2), (".5", 0.5), ("5.", 5),
            ("1e3", 1000), ("2.5E-2", 0.025), ("12", 12),
        ]
        for (text, value) in accepted {
            #expect(CellValue.number(text) == value, "\(text)")
        }
        for text in ["", "NA", "inf", "nan", "0x1p3", "1,000.5", "1.2.3", "e5", "1e", "-", ".", "1 000"] {
            #expect(CellValue.number(text) == nil, "\(text)")
        }
    }

    /// The fast path (Clinger's) must return exactly what `Double(String)` (strtod) returns,
    /// bit for bit, on both sides of its limits: 2^53 for the digits, 10^±22 for the scale.
    @Test func numbersEqualStrtodBitForBit() {
        var generator = Philox4x32(seed: "cell-value-numbers")
        var texts = [
            "9007199254740991", "9007199254740992", "9007199254740993", "0.1", "0.3", "1e22", "1e23",
            "1e-22", "1e-23", "123456789012345678", "-0", "-0.0", "0.000", "4.35", "2.675", "1.0000000000000002",
            "5e-324", "1.7976931348623157e308", "0.30000000000000004", "00000000000000000000012.5", "1E+0004",
            "1e0005", "3.14159265358979323846", "9007199254740991e-22", "9007199254740991e22",
        ]
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...19, using: &generator)
            var text = String((0..<digits).map { _ in "0123456789".randomElement(using: &generator)! })
            if Bool.random(using: &generator) {
                text.insert(".", at: text.index(text.startIndex, offsetBy: Int.random(in: 0...digits, using: &generator)))
            }
            if Int.random(in: 0..<3, using: &generator) == 0 { text += "e\(Int.random(in: -30...30, using: &generator))" }
            if text.hasPrefix("."), text.count == 1 { continue }
            texts.append(Bool.random(using: &generator) ? "-" + text : text)
        }
        for text in texts where CellValue.isDecimalNumber(text) {
            let expected = Double(text)!
            #expect(CellValue.number(text)?.bitPattern == expected.bitPattern, "\(text)")
        }
    }

    @Test func decimalNumberForTheFormulaGuardIsPointOnlyAndUntrimmed() {
        #expect(CellValue.isDecimalNumber("-12"))
        #expect(CellValue.isDecimalNumber("+3.5e10"))
        #expect(!CellValue.isDecimalNumber("-1,5"))
        #expect(!CellValue.isDecimalNumber(" -1"))
        #expect(!CellValue.isDecimalNumber("-inf"))
    }
}
