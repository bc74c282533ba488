import Testing
@testable import SBO

@Suite struct ReportNumberTests {
    @Test func fixedRoundsHalfAwayFromZero() {
        #expect(ReportNumber.fixed(2.25, 1) == "2.3")   // 2.25 is exact in binary
        #expect(ReportNumber.fixed(-2.25, 1) == "-2.3")
        #expect(ReportNumber.fixed(0.04, 1) == "0.0")
        #expect(ReportNumber.fixed(-0.04, 1) == "0.0")    // no "-0.0"
        #expect(ReportNumber.fixed(99.96, 1) == "100.0")
        #expect(ReportNumber.fixed(3, 0) == "3")
        #expect(ReportNumber.fixed(1.005, 2) == "1.00")  // 1.005 is 1.00499999999999989... in binary
        #expect(ReportNumber.fixed(.nan, 1) == "NA")
    }

    @Test func percentagesAndIntervals() {
        let interval = ConfidenceInterval(lower: 0.231, upper: 0.41, confidence: 0.95, method: .wilson, rule: .standard)
        #expect(ReportNumber.percent(0.3142) == "31.4")
        #expect(ReportNumber.percent(nil) == "–")
        #expect(ReportNumber.interval(interval) == "23.1–41.0")
        #expect(ReportNumber.interval(nil) == "–")
        #expect(ReportNumber.interval(interval, digits: 2) == "23.10–41.00")
        // A Wald interval past 0 is printed clipped, as it is drawn.
        let wald = ConfidenceInterval(lower: -0.012, upper: 0.068, confidence: 0.95, method: .wald, rule: .standard)
        #expect(ReportNumber.interval(wald) == "0.0–6.8")
    }

    @Test func trimmedDecimals() {
        #expect(ReportNumber.trimmed(20, 1) == "20")
        #expect(ReportNumber.trimmed(92.5, 2) == "92.5")
        #expect(ReportNumber.trimmed(177.004, 2) == "177")
        #expect(ReportNumber.trimmed(-0.001, 2) == "0")
        #expect(ReportNumber.trimmed(1000, 2) == "1000")   // zeros before the point stay
    }

    @Test func confidenceLevels() {
        #expect(ReportNumber.confidence(0.95) == "95%")
        #expect(ReportNumber.confidence(0.995) == "99.5%")
        #expect(ReportNumber.confidence(0.9) == "90%")
    }

    @Test func groupedThousands() {
        #expect(ReportNumber.grouped(0) == "0")
        #expect(ReportNumber.grouped(999) == "999")
        #expect(ReportNumber.grouped(6537) == "6,537")
        #expect(ReportNumber.grouped(1_234_567) == "1,234,567")
        #expect(ReportNumber.grouped(-4200) == "-4,200")
    }
}
