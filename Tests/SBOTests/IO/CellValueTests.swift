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

    @Test func decimalNumberForTheFormulaGuardIsPointOnlyAndUntrimmed() {
        #expect(CellValue.isDecimalNumber("-12"))
        #expect(CellValue.isDecimalNumber("+3.5e10"))
        #expect(!CellValue.isDecimalNumber("-1,5"))
        #expect(!CellValue.isDecimalNumber(" -1"))
        #expect(!CellValue.isDecimalNumber("-inf"))
    }
}
