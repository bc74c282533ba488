import Foundation
import Testing
@testable import SBO

@Suite struct ConvergenceChartTests {
    /// One panel per headline figure (turnout and the two candidates), one dot per checkpoint
    /// at its estimate, a band with both bounds of every checkpoint, the planned margin around
    /// the latest estimate, red dots where the check said "different".
    @Test func panelsHoldEveryCheckpoint() throws {
        let (progress, _, _) = try ElectionProgressTests.progress(order: ProgressFixture.urbanFirstOrder, checkpoints: 5)
        let chart = ConvergenceChart(progress: progress, plannedMargin: 0.03)
        let svg = try XMLTree.parse(chart.standaloneSVG)
        let panels = svg.all("g", class: "figure")
        #expect(panels.map { $0.attributes["data-name"] } == ["turnout", "votes_a", "votes_b"])
        for panel in panels {
            let name = try #require(panel.attributes["data-name"])
            let dots = panel.all("circle", class: "checkpoint")
            #expect(dots.count == progress.checkpoints.count)
            for (dot, checkpoint) in zip(dots, progress.checkpoints) {
                let ratio = try #require(checkpoint.report.ratios.first { $0.name == name }?.ratio)
                #expect(dot.number("data-estimate") == ratio.estimate)
                #expect(dot.number("data-fraction") == checkpoint.fractionReporting)
                #expect(dot.attributes["data-verdict"] == checkpoint.representativeness.verdict.rawValue)
                #expect(dot.attributes["fill"] == (checkpoint.representativeness.verdict == RepresentativenessTest.Verdict.different ? "#c0262d" : "#1e3a6e"))
            }
            let band = try #require(panel.all("polygon", class: "band").first?.attributes["points"])
            #expect(band.split(separator: " ").count == 2 * progress.checkpoints.count)
            let latest = try #require(progress.checkpoints.last?.report.ratios.first { $0.name == name }?.ratio.estimate)
            #expect(panel.all("line", class: "planned-margin").compactMap { $0.number("data-value") } == [latest - 0.03, latest + 0.03])
        }
        #expect(try XMLTree.parse(chart.inlineSVG).attributes["preserveAspectRatio"] == "xMinYMin meet")
    }

    /// Ready only when every headline figure's margin is within the plan and the check says
    /// similar or complete; otherwise the hint names what is missing.
    @Test func releaseHintSaysWhatIsMissing() throws {
        let (urbanFirst, _, _) = try ElectionProgressTests.progress(order: ProgressFixture.urbanFirstOrder, checkpoints: 5)
        let early = ReleaseHint(checkpoint: urbanFirst.checkpoints[1], plannedMargin: 0.5)
        #expect(!early.isReady)
        guard case let .notRepresentative(p, covariates)? = early.gaps.last else { Issue.record("\(early.gaps)"); return }
        #expect(p <= 0.01 && covariates.contains("urban"))
        #expect(early.text.hasPrefix("Not ready to publish: the stations that reported differ from those still outstanding in "))
        #expect(early.text.hasSuffix("Wait for more reports."))

        let complete = ReleaseHint(checkpoint: urbanFirst.checkpoints.last!, plannedMargin: 0.5)
        #expect(complete.isReady)
        #expect(complete.text == "Ready to publish: every headline figure is within the planned margin of ±50 points, and the stations that reported are the whole sample.")
        let narrow = ReleaseHint(checkpoint: urbanFirst.checkpoints.last!, plannedMargin: 0.0001)
        #expect(narrow.gaps.count == 3)
        #expect(narrow.text.contains("turnout's margin is ±"))

        let (random, _, _) = try ElectionProgressTests.progress(order: ProgressFixture.randomOrder(seed: 3), checkpoints: 2)
        let half = ReleaseHint(checkpoint: random.checkpoints[0], plannedMargin: 0.5)
        #expect(half.isReady, "\(half.text)")
        #expect(half.text.contains("look like those still outstanding (p = "))
    }

    /// Every language: the chart's texts and the release hint from ``ProgressMessages`` with the
    /// language's numbers, English byte for byte as before; Arabic mirrors every x (W − x) and
    /// swaps the text anchors.
    @Test func speaksEveryLanguage() throws {
        let (progress, _, _) = try ElectionProgressTests.progress(order: ProgressFixture.urbanFirstOrder, checkpoints: 5)
        let english = ConvergenceChart(progress: progress, plannedMargin: 0.035)
        let englishSVG = try XMLTree.parse(english.standaloneSVG)
        #expect(english.caption.contains("planned margin of ±3.5 points"))
        for language in ReportLanguage.allCases {
            let formatter = ReportFormatter(language: language)
            let chart = ConvergenceChart(progress: progress, plannedMargin: 0.035, formatter: formatter)
            let svg = try XMLTree.parse(chart.standaloneSVG)
            let m = formatter.messages.progress
            #expect(svg.all("title").first?.textContent == m.chartTitle)
            #expect(chart.caption.contains(formatter.margin(0.035)) && chart.caption.contains(formatter.level(0.95)))
            let hint = try #require(chart.releaseHint)
            var section = MarkupWriter()
            chart.writeSection(into: &section, formatter)
            #expect(section.output.contains(m.heading))
            #expect(section.output.contains(MarkupEscaping.text(hint.text(formatter))))
            if language != .english {
                #expect(m.heading != ProgressMessages.english.heading && hint.text(formatter) != hint.text)
            }
            let dots = svg.all("circle", class: "checkpoint"), englishDots = englishSVG.all("circle", class: "checkpoint")
            #expect(dots.count == englishDots.count)
            for (dot, englishDot) in zip(dots, englishDots) {
                let x = try #require(dot.number("cx")), englishX = try #require(englishDot.number("cx"))
                #expect(abs(x - (language.isRightToLeft ? 760 - englishX : englishX)) < 0.01)
            }
            let anchors = svg.all("text").map { $0.attributes["text-anchor"] }
            #expect(anchors.contains(language.isRightToLeft ? "end" : "start"))
        }
        let narrow = ReleaseHint(checkpoint: progress.checkpoints.last!, plannedMargin: 0.001)
        #expect(narrow.text(ReportFormatter(language: .french)).hasPrefix("Pas encore prêt à publier\u{A0}: la marge de «\u{A0}turnout\u{A0}» est de ±"))
        #expect(narrow.text(ReportFormatter(language: .french)).contains("plus large que les ±0,1 points prévus"))
    }

    /// The full sample's planned margin: 120 primaries of N = 1,200 at 95%:
    /// 1.959964 · √(0.25 · 1080 / (120 · 1199)) = 0.08496…
    @Test func plannedMarginOfTheSample() throws {
        let margin = ReleaseHint.plannedMargin(of: try ProgressFixture.sample(), confidence: 0.95)
        #expect(abs(margin - 1.959963984540054 * (0.25 * 1080 / (120.0 * 1199)).squareRoot()) < 1e-12)
    }

    @Test func axisTicksAreRound() {
        let axis = ConvergenceChart.axis(low: 0.62, high: 0.71)
        // Padded by max(5% of 0.09, half a point) = 0.005; step 0.025 for a rough 0.1/4.
        #expect(abs(axis.low - 0.615) < 1e-12 && abs(axis.high - 0.715) < 1e-12)
        #expect(axis.ticks.map { ($0 * 1000).rounded() } == [625, 650, 675, 700])
        #expect(ConvergenceChart.axis(low: 0, high: 1).ticks.map { ($0 * 100).rounded() } == [0, 25, 50, 75, 100])
    }
}
