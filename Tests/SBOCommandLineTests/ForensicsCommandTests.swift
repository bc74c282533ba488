import Foundation
import Testing
import SBO

/// `sbo forensics` end to end on the bundled data: the SPEC's JSON fields, `--by`, the HTML
/// page, the report's section, and usage errors. The statistics themselves are checked in
/// `ForensicsReferenceTests` and `ForensicsMonteCarloTests`.
@Suite struct ForensicsCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data").path
    static let data = root + "/azerbaijan-2024"
    static let all = ["--official", data + "/official.csv", "--sample", data + "/sample.csv",
                      "--observations", data + "/observations.csv", "--simulations", "500"]

    static func json(_ arguments: [String]) throws -> JSONValue {
        let run = sbo(["forensics"] + arguments + ["--format", "json"])
        #expect(run.status == 0, "\(run.errorOutput)")
        return try JSONValue.parse(Array(run.output.utf8), source: "stdout")
    }

    static func keys(_ value: JSONValue?) -> [String] { value?.objectValue?.map(\.0) ?? [] }

    /// SPEC: `{"observer_effect": [{"figure", "observed", "unobserved", "difference", "ci_low",
    /// "ci_high", "p_value"}], "integer_percent": [{"figure", "stations_at_integer", "expected",
    /// "p_value"}], "full_turnout": {"at_least_99", "at_least_100"}, "last_digit": [{"figure",
    /// "p_value", "p_adjusted"}]}` (extra fields allowed).
    @Test func jsonHasTheSpecFields() throws {
        let json = try Self.json(Self.all)
        for key in ["observer_effect", "integer_percent", "full_turnout", "last_digit"] {
            #expect(Self.keys(json).contains(key), "\(key)")
        }
        let effects = try #require(json["observer_effect"]?.arrayValue)
        #expect(effects.count == 8)
        for effect in effects {
            for key in ["figure", "observed", "unobserved", "difference", "ci_low", "ci_high", "p_value"] {
                #expect(Self.keys(effect).contains(key), "observer_effect.\(key)")
            }
            let d = try #require(effect["difference"]?.doubleValue)
            let o = try #require(effect["observed"]?.doubleValue), u = try #require(effect["unobserved"]?.doubleValue)
            #expect(abs(d - (u - o)) < 1e-15)
        }
        for test in try #require(json["integer_percent"]?.arrayValue) {
            for key in ["figure", "stations_at_integer", "expected", "p_value"] {
                #expect(Self.keys(test).contains(key), "integer_percent.\(key)")
            }
        }
        #expect(json["integer_percent"]?.arrayValue?.map { $0["figure"]?.stringValue } == ["turnout", "votes_aliyev"])
        #expect(json["full_turnout"]?["at_least_99"]?.integerValue != nil)
        #expect(json["full_turnout"]?["at_least_100"]?.integerValue != nil)
        for test in try #require(json["last_digit"]?.arrayValue) {
            for key in ["figure", "p_value", "p_adjusted"] { #expect(Self.keys(test).contains(key), "last_digit.\(key)") }
        }
        #expect(json["observer_effect_validity"]?.stringValue?.contains("secret") == true)
        #expect(json["stratification"]?["column"]?.stringValue == "region")
        #expect(json["cross_check"]?.arrayValue?.first?["indicator"]?.stringValue == "ballot_stuffing")
    }

    @Test func sameSeedSameOutputOtherSeedSameCounts() throws {
        let first = sbo(["forensics"] + Self.all + ["--seed", "a"])
        let again = sbo(["forensics"] + Self.all + ["--seed", "a"])
        #expect(first.status == 0 && first.output == again.output)
        let other = try Self.json(Self.all + ["--seed", "b"]), base = try Self.json(Self.all + ["--seed", "a"])
        #expect(other["integer_percent"]?.arrayValue?.first?["stations_at_integer"]?.integerValue
            == base["integer_percent"]?.arrayValue?.first?["stations_at_integer"]?.integerValue)
        #expect(other["observer_effect"]?.arrayValue?.first?["difference"]?.doubleValue
            == base["observer_effect"]?.arrayValue?.first?["difference"]?.doubleValue)
    }

    /// Without a sample there is no observer effect; with `--by` every finding is also given per
    /// group and the groups' full-turnout counts add up to the national one.
    @Test func officialAloneAndByRegion() throws {
        let json = try Self.json(["--official", Self.data + "/official.csv", "--by", "region", "--simulations", "200"])
        #expect(json["observer_effect"]?.arrayValue?.isEmpty == true)
        let domains = try #require(json["full_turnout"]?["domains"]?.arrayValue)
        #expect(domains.count == 15)
        #expect(domains.compactMap { $0["at_least_100"]?.integerValue }.reduce(0, +) == json["full_turnout"]?["at_least_100"]?.integerValue)
        #expect(json["integer_percent"]?.arrayValue?.count == 2 * 16)
        let markdown = sbo(["forensics", "--official", Self.data + "/official.csv", "--simulations", "100", "--format", "markdown"])
        #expect(markdown.output.contains("## Stations at a whole percentage"))
        let csv = sbo(["forensics", "--official", Self.data + "/official.csv", "--simulations", "100", "--format", "csv"])
        #expect(csv.output.hasPrefix("test,domain,figure,value,expected,difference,ci_low,ci_high,p_value,p_adjusted\n"))
    }

    /// Nothing passed over silently: OFFICIAL.csv's columns that are not counts are listed
    /// with their reason, except the one holding the sample's strata and the --by column.
    @Test func unusedOfficialColumnsAreListed() throws {
        func notUsed(_ arguments: [String]) throws -> [String] {
            let quality = try Self.json(arguments + ["--simulations", "50"])["data_quality"]
            #expect(quality?["rows_read"]?.doubleValue == 6537 && quality?["stations"]?.doubleValue == 6537)
            return quality?["columns_not_used"]?.arrayValue?.compactMap { $0["column"]?.stringValue } ?? []
        }
        let official = ["--official", Self.data + "/official.csv"]
        #expect(try notUsed(official) == ["constituency", "region", "urban"])
        #expect(try notUsed(official + ["--sample", Self.data + "/sample.csv"]) == ["constituency", "urban"])
        #expect(try notUsed(official + ["--by", "urban"]) == ["constituency", "region"])
        let table = sbo(["forensics"] + official + ["--simulations", "50"])
        #expect(table.output.contains("column 'constituency' is not used: not an official count"))
    }

    @Test func htmlPageAndReportSection() throws {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        let out = directory.file("forensics.html")
        let run = sbo(["forensics"] + Self.all + ["--out", out])
        #expect(run.status == 0, "\(run.errorOutput)")
        let page = try XMLTree.parse(try #require(directory.read("forensics.html")))
        #expect(page.all("svg").count == 1)
        #expect(page.all("h3").map(\.textContent).contains("Observer effect"))
        let html = try #require(directory.read("forensics.html"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"))
        let again = sbo(["forensics"] + Self.all + ["--out", out])
        #expect(again.status == 73, "\(again.errorOutput)")
        let report = sbo(["report", "--sample", Self.data + "/sample.csv", "--observations", Self.data + "/observations.csv",
                          "--official", Self.data + "/official.csv", "--out", directory.file("report.html")])
        #expect(report.status == 0, "\(report.errorOutput)")
        let document = try XMLTree.parse(try #require(directory.read("report.html")))
        #expect(document.all("section").contains { $0.attributes["id"] == "forensics" })
    }

    /// --language: the table and the --out page in French (its tables as cards, `lang="fr"`),
    /// JSON unchanged; English by default.
    @Test func languageWritesTableAndPage() throws {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        let out = directory.file("analyse.html")
        let options = Self.all
        let french = sbo(["forensics"] + options + ["--language", "fr", "--out", out])
        #expect(french.status == 0, "\(french.errorOutput)")
        #expect(french.output.hasPrefix("Effet de la présence des observateurs:\n"))
        #expect(french.output.contains("Bureaux à participation totale") && french.output.contains("Données\u{A0}:\n"))
        #expect(!french.output.contains("Observer effect") && !french.output.contains("\\u{"))
        let page = try XMLTree.parse(try #require(directory.read("analyse.html")))
        #expect(page.attributes["lang"] == "fr")
        #expect(page.all("h1").first?.textContent == "Analyse des résultats officiels")
        #expect(page.all("table").allSatisfy { $0.attributes["class"] == "stack" })
        #expect(sbo(["forensics"] + options + ["--language", "fr", "--format", "json"]).output
            == sbo(["forensics"] + options + ["--format", "json"]).output)
    }

    @Test(arguments: [
        (["--observations", "x.csv"], 64, "--observations needs --sample"),
        (["--by", "regoin"], 64, "did you mean 'region'?"),
        (["--simulations", "0"], 64, "--simulations must be between 1 and"),
    ])
    func usageErrors(extra: [String], status: Int32, message: String) {
        let run = sbo(["forensics", "--official", Self.data + "/official.csv"] + extra)
        #expect(run.status == status)
        #expect(run.errorOutput.contains(message), "\(run.errorOutput)")
    }

    @Test func unknownIndicatorIsNamed() {
        let run = sbo(["forensics"] + Self.all + ["--indicator", "ballot_stufing"])
        #expect(run.status != 0)
        #expect(run.errorOutput.contains("ballot_stuffing"), "\(run.errorOutput)")
    }
}
