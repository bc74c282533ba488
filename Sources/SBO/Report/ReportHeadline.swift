/// The sentences a journalist can quote, generated from the numbers, so that nobody has to
/// turn "ballot_stuffing 30.6% 22.4–40.2" into a claim:
///
/// > Observers saw ballot stuffing at an estimated 31% of polling stations (between 22% and 40%).
///
/// Rules:
/// - an indicator answered "yes" nowhere gets the zero rule: "none seen at 105 stations, so at
///   most 2.9% of all polling stations (95% confidence)", the upper end U of its interval
///   (Korn–Graubard at 0%) — never "0%", which would claim more than the sample can;
/// - both ends of the interval, never ±: intervals of shares are not symmetric;
/// - digits by ``ReportFormatter``: whole percentages between 10% and 90%, one decimal nearer
///   the edges, more where an official figure outside the interval would otherwise round onto
///   it.
///
/// ``summary(of:official:formatter:)`` picks the headlines: turnout, the leading candidate
/// (each with the official figure when there is one), the three most widespread
/// irregularities, every irregularity seen nowhere, and the least-met condition.
/// Tests: `ReportHeadlineTests`; `ReadmeHeadlinesTests` checks the README's copy against
/// `sbo estimate --format json`.
public struct ReportHeadline: Sendable, Equatable {
    /// The data name the sentence is about (`ballot_stuffing`, `turnout`, `votes_x`).
    public var name: String
    /// The sentence.
    public var text: String
    /// Whether an official figure lies outside the observers' interval.
    public var flagged: Bool

    public init(name: String, text: String, flagged: Bool = false) {
        self.name = name
        self.text = text
        self.flagged = flagged
    }

    /// The sentence of a national indicator (irregularity or condition).
    public static func indicator(_ result: IndicatorResult, confidence: Double, formatter: ReportFormatter) -> ReportHeadline? {
        let share = result.share
        guard let estimate = share.estimate, let interval = share.interval else { return nil }
        let m = formatter.messages
        func text(_ x: Double) -> String { formatter.percent(x, digits: ReportFormatter.sentenceDigits(x)) }
        let upper = min(interval.upper, 1), lower = max(interval.lower, 0)
        let label = formatter.isolated(result.readerLabel)
        if share.count == 0 {
            let none = result.isCondition ? m.conditionNone : m.irregularityNone
            return ReportHeadline(
                name: result.name,
                text: none(label, formatter.count(share.answering), formatter.percent(upper, digits: max(1, ReportFormatter.sentenceDigits(upper))), formatter.level(confidence)))
        }
        let sentence = result.isCondition ? m.conditionShare : m.irregularityShare
        return ReportHeadline(name: result.name, text: sentence(label, text(estimate), text(lower), text(upper)))
    }

    /// The sentence of turnout or a candidate's vote share, with the official figure.
    public static func ratio(_ result: RatioResult, official: Double?, formatter: ReportFormatter) -> ReportHeadline? {
        guard let estimate = result.ratio.estimate, let interval = result.ratio.interval else { return nil }
        let m = formatter.messages
        let digits = ReportFormatter.digits(
            showing: official, against: interval, minimum: ReportFormatter.sentenceDigits(estimate))
        func text(_ x: Double) -> String { formatter.percent(x, digits: digits) }
        var sentence = result.name == "turnout"
            ? m.turnoutSentence(text(estimate), text(max(interval.lower, 0)), text(min(interval.upper, 1)))
            : m.candidateSentence(formatter.isolated(ReportCharts.label(for: result.name)), text(estimate), text(max(interval.lower, 0)), text(min(interval.upper, 1)))
        var flagged = false
        if let official {
            flagged = official < interval.lower || official > interval.upper
            sentence += " " + m.officialSentence(text(official), !flagged)
        }
        return ReportHeadline(name: result.name, text: sentence, flagged: flagged)
    }

    /// The headlines of a report, in reading order (see the type's documentation).
    public static func summary(
        of report: EstimationReport, official: [String: Double], formatter: ReportFormatter
    ) -> [ReportHeadline] {
        var result: [ReportHeadline] = []
        let ratios = report.ratios.filter { $0.domain == nil }
        if let turnout = ratios.first(where: { $0.name == "turnout" }),
           let sentence = ratio(turnout, official: official["turnout"], formatter: formatter) {
            result.append(sentence)
        }
        let leader = ratios.filter { $0.name != "turnout" && $0.ratio.estimate != nil }
            .max { $0.ratio.estimate! < $1.ratio.estimate! }
        if let leader, let sentence = ratio(leader, official: official[leader.name], formatter: formatter) {
            result.append(sentence)
        }
        let national = report.indicators.filter { $0.domain == nil && $0.share.estimate != nil }
        let irregularities = national.filter { !$0.isCondition }
        let widespread = irregularities.filter { $0.share.count > 0 }
            .sorted { $0.share.estimate! > $1.share.estimate! }.prefix(3)
        let unseen = irregularities.filter { $0.share.count == 0 }
        let leastMet = national.filter(\.isCondition).min { $0.share.estimate! < $1.share.estimate! }
        for indicator in Array(widespread) + unseen + (leastMet.map { [$0] } ?? []) {
            if let sentence = Self.indicator(indicator, confidence: report.confidence, formatter: formatter) {
                result.append(sentence)
            }
        }
        return result
    }
}
