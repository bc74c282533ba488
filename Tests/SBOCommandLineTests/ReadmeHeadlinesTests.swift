import Foundation
import Testing
import SBO

/// The reader test of issue 14: the headline sentences the README quotes are the bundled
/// report's, and every number in them is `sbo estimate --format json`'s (and `sbo compare`'s
/// official figures), rounded to the digits printed, with "inside"/"outside" as the numbers say.
@Suite struct ReadmeHeadlinesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let data = root.appendingPathComponent("Data/azerbaijan-2024").path
    static let inputs = [
        "--sample", data + "/sample.csv", "--observations", data + "/observations.csv",
        "--codebook", data + "/codebook.csv",
    ]

    /// The README's lines between `<!-- headlines` and `<!-- /headlines -->`, without "- ".
    static func readmeSentences() throws -> [String] {
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("<!-- headlines") }),
              let end = lines.firstIndex(where: { $0.hasPrefix("<!-- /headlines") }), end > start
        else { return [] }
        return lines[(start + 1)..<end].map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
    }

    /// `printed` equals `share` in percent rounded to as many decimals as `printed` has.
    static func agrees(_ printed: String, _ share: Double?) -> Bool {
        guard let share else { return false }
        let decimals = printed.split(separator: ".").dropFirst().first?.count ?? 0
        return printed == String(format: "%.\(decimals)f", share * 100)
    }

    @Test func readmeQuotesTheBundledReport() throws {
        let sentences = try Self.readmeSentences()
        #expect(sentences.count >= 4)
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        let run = sbo(["report"] + Self.inputs + ["--official", Self.data + "/official.csv", "--out", directory.file("r.html")])
        #expect(run.status == 0, "\(run.errorOutput)")
        let document = try XMLTree.parse(try #require(directory.read("r.html")))
        let headlines = try #require(document.all("ul", class: "headlines").first).all("li").map(\.textContent)
        #expect(headlines == sentences)
    }

    @Test func readmeSentencesMatchTheJSON() throws {
        let estimate = try JSONValue.parse(Array(sbo(["estimate"] + Self.inputs + ["--format", "json"]).output.utf8), source: "estimate")
        let compare = try JSONValue.parse(
            Array(sbo(["compare"] + Self.inputs + ["--official", Self.data + "/official.csv", "--format", "json"]).output.utf8), source: "compare")
        let indicators = try #require(estimate["indicators"]?.arrayValue).filter { $0["domain"] == .null }
        let ratios = try #require(estimate["ratios"]?.arrayValue).filter { $0["domain"] == .null }
        let officials = try #require(compare["national"]?.arrayValue)
        let number = #"([0-9]+(?:\.[0-9]+)?)%"#
        let patterns: [(kind: String, regex: NSRegularExpression)] = try [
            ("turnout", #"^Turnout was an estimated NUM \(between NUM and NUM\)\. The official figure, NUM, is (inside|outside) this range\.$"#),
            ("candidate", #"^(.+) received an estimated NUM of the votes \(between NUM and NUM\)\. The official figure, NUM, is (inside|outside) this range\.$"#),
            ("irregularity", #"^Observers saw (.+) at an estimated NUM of polling stations \(between NUM and NUM\)\.$"#),
            ("condition", #"^(.+): yes at an estimated NUM of polling stations \(between NUM and NUM\)\.$"#),
        ].map { ($0.0, try NSRegularExpression(pattern: $0.1.replacingOccurrences(of: "NUM", with: number))) }
        var checked = 0
        for sentence in try Self.readmeSentences() {
            let range = NSRange(sentence.startIndex..., in: sentence)
            guard let (kind, match) = patterns.lazy.compactMap({ p in p.regex.firstMatch(in: sentence, range: range).map { (p.kind, $0) } }).first
            else {
                Issue.record("README sentence not in a known form: \(sentence)")
                continue
            }
            let groups = (1..<match.numberOfRanges).map { String(sentence[Range(match.range(at: $0), in: sentence)!]) }
            switch kind {
            case "turnout", "candidate":
                let name = kind == "turnout" ? "turnout" : "votes_" + groups[0].lowercased().replacingOccurrences(of: " ", with: "_")
                let numbers = kind == "turnout" ? Array(groups[0...3]) : Array(groups[1...4])
                let row = try #require(ratios.first { $0["name"]?.stringValue == name }, "\(name)")
                let official = try #require(officials.first { $0["name"]?.stringValue == name })
                #expect(Self.agrees(numbers[0], row["estimate"]?.doubleValue), "\(sentence)")
                #expect(Self.agrees(numbers[1], row["ci_low"]?.doubleValue), "\(sentence)")
                #expect(Self.agrees(numbers[2], row["ci_high"]?.doubleValue), "\(sentence)")
                #expect(Self.agrees(numbers[3], official["official"]?.doubleValue), "\(sentence)")
                let inside = official["inside"]?.boolValue
                #expect(groups.last == (inside == true ? "inside" : "outside"), "\(sentence)")
            default:
                let label = groups[0]
                let row = try #require(indicators.first {
                    ($0["label"]?.stringValue ?? "").lowercased() == label.lowercased()
                }, "no indicator labelled \(label)")
                #expect((row["polarity"]?.stringValue == "good") == (kind == "condition"), "\(sentence)")
                #expect(Self.agrees(groups[1], row["estimate"]?.doubleValue), "\(sentence)")
                #expect(Self.agrees(groups[2], row["ci_low"]?.doubleValue), "\(sentence)")
                #expect(Self.agrees(groups[3], row["ci_high"]?.doubleValue), "\(sentence)")
            }
            checked += 1
        }
        #expect(checked >= 4)
    }
}
