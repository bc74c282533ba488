import Testing
@testable import SBO

/// The headline sentences say what the numbers say: both ends of the interval, the zero rule,
/// and enough digits for an official figure outside to read as outside.
@Suite struct ReportHeadlineTests {
    static func interval(_ lower: Double, _ upper: Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: lower, upper: upper, confidence: 0.95, method: .wilson, rule: .standard)
    }

    @Test func irregularitySentenceHasBothEnds() throws {
        let (_, estimates) = try ReportFixture.htmlReport(byRegion: false, official: false)
        let stuffing = try #require(estimates.indicators.first { $0.name == "ballot_stuffing" && $0.domain == nil })
        let share = stuffing.share
        let sentence = try #require(ReportHeadline.indicator(stuffing, confidence: 0.95, formatter: .english))
        func whole(_ x: Double) -> String { ReportNumber.fixed(x * 100, ReportFormatter.sentenceDigits(x)) + "%" }
        #expect(sentence.text == "Observers saw ballot stuffing at an estimated \(whole(share.estimate!)) of polling stations "
            + "(between \(whole(share.interval!.lower)) and \(whole(share.interval!.upper))).")
        #expect(!sentence.text.contains("±"))
    }

    /// late_opening is "no" at every station: not "0%", but at most the interval's upper end.
    @Test func zeroRuleUsesTheUpperEnd() throws {
        let (_, estimates) = try ReportFixture.htmlReport(byRegion: false, official: false)
        let late = try #require(estimates.indicators.first { $0.name == "late_opening" && $0.domain == nil })
        #expect(late.share.count == 0)
        let upper = try #require(late.share.interval?.upper)
        let sentence = try #require(ReportHeadline.indicator(late, confidence: 0.95, formatter: .english))
        #expect(sentence.text == "Late opening: none seen at \(late.share.answering) stations, so at most "
            + "\(ReportNumber.fixed(upper * 100, 1))% of all polling stations (95% confidence).")
        // The summary lists it among the headlines.
        let summary = ReportHeadline.summary(of: estimates, official: [:], formatter: .english)
        #expect(summary.contains { $0.name == "late_opening" })
        #expect(summary.first?.name == "turnout")
    }

    /// Sentences use whole percentages between 10 and 90 and one decimal nearer the edges.
    @Test func sentenceDigits() {
        #expect(ReportFormatter.sentenceDigits(0.306) == 0)
        #expect(ReportFormatter.sentenceDigits(0.095) == 0)   // rounds to 10
        #expect(ReportFormatter.sentenceDigits(0.094) == 1)
        #expect(ReportFormatter.sentenceDigits(0.905) == 1)   // rounds to 91
        #expect(ReportFormatter.sentenceDigits(0.02) == 1)
    }

    /// The case: 0.7%, interval 0.7–0.8, official 0.7% — "outside" must be visible.
    @Test func digitsShowAnOfficialFigureOutside() {
        let musayev = Self.interval(0.00665, 0.00815)
        #expect(ReportFormatter.digits(showing: 0.00663, against: musayev, minimum: 1) == 3)   // 0.663 < 0.665
        #expect(ReportFormatter.digits(showing: 0.0075, against: musayev, minimum: 1) == 1)    // inside: no more needed
        #expect(ReportFormatter.digits(showing: 0.769, against: Self.interval(0.679, 0.708), minimum: 0) == 0)
        #expect(ReportFormatter.digits(showing: nil, against: musayev, minimum: 1) == 1)
        let result = RatioResult(
            name: "votes_musayev", domain: nil,
            ratio: RatioEstimate(stations: 105, estimate: 0.0074, variance: 1e-7, degreesOfFreedom: 90, interval: musayev, notes: []))
        let sentence = ReportHeadline.ratio(result, official: 0.00663, formatter: .english)
        #expect(sentence?.text == "Musayev received an estimated 0.740% of the votes (between 0.665% and 0.815%). "
            + "The official figure, 0.663%, is outside this range.")
        #expect(sentence?.flagged == true)
    }

    /// The languages write the same numbers with their own marks.
    @Test func numbersPerLanguage() {
        let share = 0.3142, n = 6537
        #expect(ReportFormatter(language: .english).percent(share) == "31.4%")
        #expect(ReportFormatter(language: .french).percent(share) == "31,4\u{202F}%")
        #expect(ReportFormatter(language: .russian).count(n) == "6\u{A0}537")
        #expect(ReportFormatter(language: .spanish).count(n) == "6537")           // CLDR: no group below 10 000
        #expect(ReportFormatter(language: .spanish).count(16537) == "16.537")
        #expect(ReportFormatter(language: .azerbaijani).percent(share) == "31,4%")
        #expect(ReportFormatter(language: .arabic).percent(share) == "31.4%")    // Western digits, documented
        #expect(ReportFormatter(language: .french).interval(Self.interval(0.231, 0.41)) == "23,1–41,0")
    }
}
