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

    /// The account of the data read, with one finding of every kind, in every language: the
    /// file names, lines, columns, ids and values kept as they are, every sentence in the
    /// language's own words (no English phrase left), numbers in its style.
    @Test(arguments: ReportLanguage.allCases)
    func dataSentencesInEveryLanguage(_ language: ReportLanguage) {
        let reasons: [UnusedColumn.Reason] = [
            .markedIgnore(codebook: "codebook.csv"), .count(line: nil, value: nil), .count(line: 7, value: "12"),
            .secondTimeColumn(time: "end"), .unreadableTimes(line: 3, value: "2/7/2024"), .formMetadata,
            .notYesNo(line: 4, value: "ok"), .notAmongIndicators, .notAnOfficialCount(column: "urban"),
        ]
        let quality = DataQuality(
            source: "obs.csv", rowsRead: 12_345, stations: 12_000,
            duplicates: [
                DuplicateSubmission(source: "obs.csv", station: "S1", keptLine: 9, droppedLines: [3], resolution: .identical, differingColumns: []),
                DuplicateSubmission(source: "obs.csv", station: "S2", keptLine: 11, droppedLines: [5, 6], resolution: .latest, differingColumns: ["late"]),
            ],
            columnsNotUsed: reasons.enumerated().map { UnusedColumn(column: "c\($0.offset)", reason: $0.element) }
                + [UnusedColumn(column: "_id", reason: .formMetadata)],
            answersTreatedAsMissing: [UnreadableAnswer(source: "obs.csv", line: 8, column: "late", value: "yess", suggestion: "yes")],
            excludedCounts: [ExcludedCount(
                source: "obs.csv", line: 10, station: "S3",
                problems: [.notACount(column: "votes_a", value: "x"), .ballotsAboveRegistered(ballots: 8400, registered: 1519),
                           .votesAboveBallots(votes: 9000, ballots: 8400)])])
        let formatter = ReportFormatter(language: language)
        let sentences = quality.sentences(formatter)
        let english = quality.sentences(.english)
        #expect(sentences.count == english.count && sentences.count == 1 + 2 + reasons.count + 1 + 1)
        #expect(english == quality.sentences)
        #expect(english[0] == "obs.csv: 12,345 rows read, 12,000 stations kept")
        #expect(english.contains("columns 'c5', '_id' are not used: form metadata (KoboToolbox/ODK), not an observation"))
        #expect(sentences[0].contains(formatter.count(12_345)) && sentences[0].contains(formatter.count(12_000)))
        for (index, sentence) in sentences.enumerated() {
            #expect(!sentence.contains("\\("), "\(language): \(sentence)")
            #expect(sentence.contains("obs.csv") || sentence.contains("c"), "\(language): \(sentence)")
            guard language != .english else { continue }
            #expect(sentence != english[index], "\(language): not translated: \(sentence)")
            for phrase in ["rows read", "submitted again", "is not used", "are not used", "line ", "not yes/no", "treated as",
                           "left out", "is more than", "a count", "metadata", "did you mean", "whole number"] {
                #expect(!sentence.contains(phrase), "\(language): '\(phrase)' in \(sentence)")
            }
        }
        let counts = sentences.last!
        #expect(counts.contains("obs.csv:10") && counts.contains("S3") && counts.contains("votes_a") && counts.contains(formatter.count(8400)))
        // The English texts of programs and error messages do not change with the language.
        #expect(quality.columnsNotUsed[0].reason == "marked ignore in codebook.csv")
        #expect(quality.excludedCounts[0].problem
            == "votes_a 'x' is not a whole number of at least 0; ballots_cast 8400 is more than its 1519 registered voters; the votes_* columns sum to 9000, more than ballots_cast 8400")
    }
}
