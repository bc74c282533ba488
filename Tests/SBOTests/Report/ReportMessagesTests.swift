import Foundation
import Testing
@testable import SBO

/// Every language writes every text of the report, in its own words, with its `lang` (and
/// `dir` for Arabic) on the document.
@Suite struct ReportMessagesTests {
    @Test(arguments: ReportLanguage.allCases)
    func everyLanguageWritesTheWholeReport(_ language: ReportLanguage) throws {
        var (report, _) = try ReportFixture.htmlReport()
        report.language = language
        report.title = "T"
        let html = report.html
        let document = try XMLTree.parse(html)
        #expect(document.attributes["lang"] == language.code && document.attributes["xml:lang"] == language.code)
        #expect(document.attributes["dir"] == (language.isRightToLeft ? "rtl" : nil))
        // No placeholder or empty text slipped through.
        #expect(!html.contains("\\(") && !html.contains("{level}"))
        for element in document.descendants where ["h2", "h3", "li", "th", "figcaption", "dt"].contains(element.name) {
            #expect(!element.textContent.trimmingCharacters(in: .whitespaces).isEmpty, "\(language): empty \(element.name)")
        }
        // Each language's own words: no English heading left in a translation.
        let headings = document.all("h2").map(\.textContent)
        if language != .english {
            let english = try XMLTree.parse({ var r = report; r.language = .english; return r.html }()).all("h2").map(\.textContent)
            for (translated, original) in zip(headings, english) where !original.hasPrefix("By ") {
                #expect(translated != original, "\(language): '\(translated)' is not translated")
            }
        }
        #expect(headings.count == 7)   // summary, method, indicators, turnout, domains, discrepancies, footer
    }

    @Test func languageCodes() {
        #expect(ReportLanguage(code: "AR") == .arabic)
        #expect(ReportLanguage(code: "xx") == nil)
        #expect(ReportLanguage.allCases.filter(\.isRightToLeft) == [.arabic])
    }

    /// Arabic mirrors its plots: the label column on the right of the axis, the axis growing
    /// leftwards; intervals start with a left-to-right mark so they do not print backwards.
    @Test func arabicMirrors() throws {
        var (report, _) = try ReportFixture.htmlReport()
        report.language = .arabic
        let document = try XMLTree.parse(report.html)
        let plot = try #require(document.all("svg", class: "wide").first)
        #expect(plot.attributes["direction"] == "ltr")
        let axis = try #require(plot.plotAxis)
        #expect(axis(1) < axis(0))
        let label = try #require(plot.all("g", class: "row").first?.children.first { $0.name == "text" })
        #expect(try #require(label.number("x")) > axis(0))
        #expect(label.attributes["text-anchor"] == "start")
        let interval = try #require(document.all("td").first { $0.attributes["data-label"]?.hasPrefix("فترة") == true })
        #expect(interval.textContent.hasPrefix("\u{200E}"))
    }
}
