import Foundation
import Testing
import SBO

/// `sbo report` and `sbo estimate --format svg` end to end. The bundled data's report is
/// checked number by number against `sbo estimate --format json` and `sbo compare --format
/// json` of the same input, with the numbers formatted independently here (`%.1f`).
@Suite struct ReportCommandTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/azerbaijan-2024").path
    static let inputs = ["--sample", data + "/sample.csv", "--observations", data + "/observations.csv"]
    static let official = ["--official", data + "/official.csv"]

    static func json(_ run: ToolRun) throws -> JSONValue {
        try JSONValue.parse(Array(run.output.utf8), source: "stdout")
    }

    /// 0.3142 → "31.4", by C's printf.
    static func percent(_ value: Double?) -> String {
        String(format: "%.1f", (value ?? .nan) * 100)
    }

    /// `value` in percent with `digits` decimals, by C's printf.
    static func percent(_ value: Double?, digits: Int) -> String {
        String(format: "%.\(digits)f", (value ?? .nan) * 100)
    }

    /// The decimals at which an official figure outside [low, high] also prints outside:
    /// the fewest from 1 up at which printf's rounding keeps it apart.
    static func digits(official: Double?, low: Double, high: Double) -> Int {
        guard let official else { return 1 }
        for digits in 1...4 {
            let o = Double(percent(official, digits: digits))!, l = Double(percent(low, digits: digits))!, h = Double(percent(high, digits: digits))!
            if (official < low && !(o < l)) || (official > high && !(o > h)) { continue }
            return digits
        }
        return 4
    }

    /// Runs `sbo report` into a scratch directory and parses the file.
    static func report(_ extra: [String]) throws -> (XMLElementNode, String) {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        let run = sbo(["report"] + inputs + extra + ["--out", directory.file("report.html")])
        #expect(run.status == 0, "\(run.errorOutput)")
        let html = try #require(directory.read("report.html"))
        return (try XMLTree.parse(html), html)
    }

    /// Every national indicator and ratio: its row holds the JSON's estimate and interval,
    /// and its dot and line sit at the JSON's values on the plot's own axis.
    @Test func bundledReportHoldsEveryEstimateOfTheJSON() throws {
        let estimate = try Self.json(sbo(["estimate"] + Self.inputs + ["--format", "json"]))
        let compare = try Self.json(sbo(["compare"] + Self.inputs + Self.official + ["--format", "json"]))
        var officials: [String: Double] = [:]
        for figure in compare["national"]?.arrayValue ?? [] {
            if let name = figure["name"]?.stringValue, let value = figure["official"]?.doubleValue { officials[name] = value }
        }
        #expect(officials.count == 8)
        let (document, _) = try Self.report(Self.official)
        let rows = document.all("tr").map { $0.all("td").map(\.textContent) }.filter { !$0.isEmpty }
        let plots = document.all("svg", class: "forest-plot")
        var plotted: [String: (XMLElementNode.PlottedRow, (Double) -> Double)] = [:]
        for plot in plots {
            let axis = try #require(plot.plotAxis)
            for row in plot.plottedRows { plotted[row.name] = (row, axis) }
        }
        let indicators = try #require(estimate["indicators"]?.arrayValue)
        let ratios = try #require(estimate["ratios"]?.arrayValue)
        #expect(indicators.count == 17 && ratios.first?["name"]?.stringValue == "turnout" && ratios.count == 1 + 7)
        for item in indicators + ratios {
            let name = try #require(item["name"]?.stringValue)
            let value = try #require(item["estimate"]?.doubleValue)
            let low = try #require(item["ci_low"]?.doubleValue), high = try #require(item["ci_high"]?.doubleValue)
            let row = try #require(rows.first { $0.first?.hasSuffix(name) == true }, "no row for \(name)")
            // With official figures, as many decimals as it takes to see one outside.
            let digits = Self.digits(official: officials[name], low: low, high: high)
            #expect(row[1] == Self.percent(value, digits: digits) + "%", "\(name)")
            #expect(row[2] == Self.percent(low, digits: digits) + "–" + Self.percent(high, digits: digits), "\(name)")
            if let n = item["count"]?.integerValue { #expect(row[4] == String(n)) }
            let (drawn, axis) = try #require(plotted[name], "no plot row for \(name)")
            #expect(abs(try #require(drawn.estimateX) - axis(value)) < 0.01, "\(name)")
            #expect(abs(try #require(drawn.lowerX) - axis(low)) < 0.01, "\(name)")
            #expect(abs(try #require(drawn.upperX) - axis(high)) < 0.01, "\(name)")
        }
        // Indicators are plotted largest first.
        let order = try #require(plots.first).plottedRows.map(\.name)
        let byEstimate = indicators.sorted { $0["estimate"]!.doubleValue! > $1["estimate"]!.doubleValue! }.map { $0["name"]!.stringValue! }
        #expect(order == byEstimate)
    }

    /// The methodology paragraph's numbers are the data's: stations reporting of those
    /// drawn, the frame's stations (manifest), strata, confidence, degrees of freedom and the
    /// widest national interval.
    @Test func methodologyNumbersComeFromTheData() throws {
        let estimate = try Self.json(sbo(["estimate"] + Self.inputs + ["--format", "json"]))
        let manifest = try JSONValue.parse(Array(try #require(FileManager.default.contents(atPath: Self.data + "/sample.csv.manifest.json"))), source: "manifest")
        let design = try #require(estimate["design"])
        let reporting = try #require(design["stations_reporting"]?.integerValue)
        let reserves = try #require(design["reserves_reporting"]?.integerValue)
        let sampled = try #require(design["stations_sampled"]?.integerValue)
        let strata = try #require(design["strata"]?.integerValue)
        let df = try #require(design["degrees_of_freedom"]?.integerValue)
        let frame = try #require(manifest["frame"]?["stations"]?.integerValue)
        let width = try #require(estimate["indicators"]?.arrayValue?.filter { $0["domain"] == .null }.map {
            min($0["ci_high"]!.doubleValue!, 1) - max($0["ci_low"]!.doubleValue!, 0)
        }.max())
        let ratioWidth = try #require(estimate["ratios"]?.arrayValue?.filter { $0["domain"] == .null }.map {
            $0["ci_high"]!.doubleValue! - $0["ci_low"]!.doubleValue!
        }.max())
        let (document, _) = try Self.report([])
        let paragraph = try #require(document.all("p", class: "methodology").first).textContent
        let grouped = NumberFormatter()
        grouped.numberStyle = .decimal
        grouped.locale = Locale(identifier: "en_US")
        #expect(paragraph.contains("Observers reported from \(reporting - reserves) of the \(sampled) polling stations drawn at random from the country's \(grouped.string(from: NSNumber(value: frame))!) polling stations, stratified by region (\(strata) strata)"), "\(paragraph)")
        #expect(paragraph.contains("with a \(Int((estimate["confidence"]!.doubleValue! * 100).rounded()))% confidence interval (Wilson score, t with \(df) degrees of freedom)"))
        #expect(paragraph.contains("the widest interval spans \(String(format: "%.1f", width * 100)) percentage points"))
        #expect(paragraph.contains("their widest interval spans \(String(format: "%.1f", ratioWidth * 100)) points"))
        #expect(reporting == 105 && strata == 15 && frame == 6537)   // the bundled design
    }

    /// With --official: the official figures of `sbo compare` marked and flagged, and its
    /// flagged stations listed in its order.
    @Test func officialFiguresAndDiscrepanciesMatchCompare() throws {
        let compare = try Self.json(sbo(["compare"] + Self.inputs + Self.official + ["--format", "json"]))
        let (document, _) = try Self.report(Self.official)
        let section = try #require(document.all("section").first { $0.attributes["id"] == "turnout" })
        let axis = try #require(section.all("svg").first?.plotAxis)
        let national = try #require(compare["national"]?.arrayValue)
        for figure in national {
            guard let official = figure["official"]?.doubleValue, let inside = figure["inside"]?.boolValue,
                  let drawn = section.all("svg").first?.plottedRows.first(where: { $0.name == figure["name"]?.stringValue })
            else { continue }
            #expect(abs(try #require(drawn.officialX) - axis(official)) < 0.01)
            #expect(drawn.officialOutside == !inside)
        }
        let turnout = try #require(national.first { $0["name"]?.stringValue == "turnout" })
        #expect(turnout["inside"]?.boolValue == false)   // the bundled official turnout, 76.4%, is outside
        let cell = try #require(section.all("td", class: "outside").first)
        let gap = try #require(turnout["gap_standard_errors"]?.doubleValue)
        #expect(cell.textContent == "no: " + String(format: "%.1f", abs(gap)) + " SE " + (gap > 0 ? "above" : "below"))
        #expect(section.all("td", class: "outside").count == national.filter { $0["inside"]?.boolValue == false }.count)
        let headline = try #require(document.all("ul", class: "headlines").first?.all("li", class: "outside").first)
        #expect(headline.attributes["data-name"] == "turnout")
        #expect(headline.textContent.contains(String(format: "%.0f", (turnout["official"]?.doubleValue ?? .nan) * 100) + "%"))

        let expectedIDs = try #require(compare["discrepancies"]?.arrayValue).map { $0["station_id"]!.stringValue! }
        let listed = try #require(document.all("section").first { $0.attributes["id"] == "discrepancies" })
            .all("tr").compactMap { $0.all("td").first?.textContent }
        #expect(!expectedIDs.isEmpty)
        #expect(listed == expectedIDs)
    }

    /// With --by: one panel per domain of `sbo estimate --by region`, each dot at its
    /// domain's estimate.
    @Test func domainPanelsMatchTheDomainEstimates() throws {
        let estimate = try Self.json(sbo(["estimate"] + Self.inputs + ["--by", "region", "--format", "json"]))
        let (document, _) = try Self.report(["--by", "region"])
        let panels = document.all("svg").filter { $0.attributes["data-domain"] != nil }
        let rows = (try #require(estimate["indicators"]?.arrayValue)) + (try #require(estimate["ratios"]?.arrayValue))
        let domains = Set(rows.compactMap { $0["domain"]?.stringValue })
        #expect(Set(panels.compactMap { $0.attributes["data-domain"] }) == domains)
        #expect(domains.count == 15)
        var checked = 0
        for panel in panels {
            let axis = try #require(panel.plotAxis)
            let domain = panel.attributes["data-domain"]
            for drawn in panel.plottedRows {
                let item = try #require(rows.first { $0["name"]?.stringValue == drawn.name && $0["domain"]?.stringValue == domain })
                if let value = item["estimate"]?.doubleValue {
                    #expect(abs(try #require(drawn.estimateX) - axis(value)) < 0.01, "\(drawn.name) in \(domain ?? "")")
                    checked += 1
                }
            }
        }
        #expect(checked == rows.filter { $0["domain"] != .null && $0["estimate"]?.doubleValue != nil }.count)
        #expect(checked > 15 * 17)
    }

    /// With --by region and --official: each region's panel marks the official figure of that
    /// region — sums over its stations of OFFICIAL.csv, computed here independently from the
    /// file's text — as a tick at its value and as text after the interval; without the
    /// official results, or grouped by a column OFFICIAL.csv lacks, no panel has a tick.
    @Test func regionPanelsMarkTheirOfficialFigures() throws {
        let lines = try String(contentsOfFile: Self.data + "/official.csv", encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines[0]
        let region = try #require(header.firstIndex(of: "region"))
        let ballots = try #require(header.firstIndex(of: "ballots_cast"))
        let registered = try #require(header.firstIndex(of: "registered_voters"))
        let candidates = header.indices.filter { header[$0].hasPrefix("votes_") }
        var sums: [String: [String: Double]] = [:]   // region → ballots, registered, each votes_x, votes
        for cells in lines.dropFirst() where cells.count == header.count {
            var sum = sums[cells[region], default: [:]]
            sum["ballots", default: 0] += Double(cells[ballots])!
            sum["registered", default: 0] += Double(cells[registered])!
            for c in candidates {
                sum[header[c], default: 0] += Double(cells[c])!
                sum["votes", default: 0] += Double(cells[c])!
            }
            sums[cells[region]] = sum
        }
        #expect(sums.count == 15)
        let (document, _) = try Self.report(Self.official + ["--by", "region"])
        let panels = document.all("svg").filter { $0.attributes["data-domain"] != nil }
        #expect(panels.count == 15)
        var ticks = 0
        for panel in panels {
            let domain = try #require(panel.attributes["data-domain"])
            let sum = try #require(sums[domain], "no official stations in \(domain)")
            let axis = try #require(panel.plotAxis)
            for (row, drawn) in zip(panel.all("g", class: "row"), panel.plottedRows) {
                let name = drawn.name
                guard name == "turnout" || name.hasPrefix("votes_") else { continue }
                let official = name == "turnout" ? sum["ballots"]! / sum["registered"]! : sum[name]! / sum["votes"]!
                #expect(abs(try #require(drawn.officialX, "\(name) in \(domain)") - axis(official)) < 0.01, "\(name) in \(domain)")
                let text = try #require(row.all("tspan", class: "official-value").first?.textContent)
                let value = Double(text.replacingOccurrences(of: " · ", with: ""))!
                #expect(abs(value - official * 100) <= 0.5 * pow(10, -Double(text.split(separator: ".").last!.count)) + 1e-9, "\(name) in \(domain): \(text)")
                ticks += 1
            }
        }
        #expect(ticks == 15 * 8)
        for extra in [["--by", "region"], Self.official + ["--by", "stratum"]] {
            let (plain, _) = try Self.report(extra)
            let panels = plain.all("svg").filter { $0.attributes["data-domain"] != nil }
            #expect(!panels.isEmpty)
            #expect(panels.allSatisfy { $0.all("line", class: "official").isEmpty && $0.all("tspan").isEmpty })
        }
    }

    /// --language: the forensics section (headings, column headings, notes, fingerprint) and
    /// the data section in the report's language, its tables stacking into cards (`stack`)
    /// like the others, no scroll box; English elsewhere only in the data's own names.
    @Test(arguments: ["fr", "es", "ru", "ar", "az"])
    func localizedDataAndForensicsSections(_ code: String) throws {
        let (english, _) = try Self.report(Self.official + ["--codebook", Self.data + "/codebook.csv"])
        let (translated, html) = try Self.report(Self.official + ["--codebook", Self.data + "/codebook.csv", "--language", code])
        func section(_ document: XMLElementNode, _ id: String) throws -> XMLElementNode {
            try #require(document.all("section").first { $0.attributes["id"] == id }, "no #\(id)")
        }
        let forensics = try section(translated, "forensics"), englishForensics = try section(english, "forensics")
        let tables = forensics.all("table")
        #expect(tables.count == 5 && tables.allSatisfy { $0.attributes["class"] == "stack" })
        #expect(forensics.all("td").allSatisfy { $0.attributes["data-label"] != nil })
        for name in ["h2", "h3", "th", "p", "figcaption"] {
            let texts = forensics.all(name).map(\.textContent), originals = englishForensics.all(name).map(\.textContent)
            #expect(texts.count == originals.count, "\(code) \(name)")
            // The same in both languages: p, data names, and Azerbaijani's "interval" and "≥ 99%".
            let same = ["p"] + (code == "az" ? ["interval", "≥ 99%", "≥ 100%"] : [])
            for (text, original) in zip(texts, originals) where !same.contains(original) && !original.hasPrefix("ballot_stuffing") {
                #expect(text != original, "\(code): '\(original)' not translated")
            }
        }
        let data = try section(translated, "data"), englishData = try section(english, "data")
        let sentences = data.all("li").map(\.textContent)
        #expect(!sentences.isEmpty && sentences.count == englishData.all("li").count)
        for (text, original) in zip(sentences, englishData.all("li").map(\.textContent)) { #expect(text != original, "\(code): \(text)") }
        #expect(!html.contains("overflow-x:auto"))
    }

    /// --progress --language: the election-night section (heading, chart texts, tooltips,
    /// caption, release hint) in the report's language with its numbers; right to left, the
    /// chart is mirrored: the first checkpoint (fewest reports) sits right of the last.
    @Test(arguments: ["fr", "es", "ru", "ar", "az"])
    func progressSectionIsLocalized(_ code: String) throws {
        let (english, _) = try Self.report(["--progress"])
        let (translated, _) = try Self.report(["--progress", "--language", code])
        let sections = [translated, english].map { document in
            document.all("section").first { $0.attributes["id"] == "election-night" }
        }
        let night = try #require(sections[0]), original = try #require(sections[1])
        for name in ["h2", "figcaption", "strong", "title"] {
            let texts = night.all(name).map(\.textContent), originals = original.all(name).map(\.textContent)
            #expect(!texts.isEmpty && texts.count == originals.count, "\(code) \(name)")
            for (text, english) in zip(texts, originals) { #expect(text != english, "\(code): '\(english)' not translated") }
        }
        let svgTexts = night.all("text").map(\.textContent), englishTexts = original.all("text").map(\.textContent)
        // Candidates keep their names.
        let names = Set(night.all("g", class: "figure").compactMap { $0.attributes["data-name"] }.map(ReportCharts.label(for:)))
        for (text, english) in zip(svgTexts, englishTexts) where english.contains(where: \.isLetter) && !names.contains(english) {
            #expect(text != english, "\(code): '\(english)' not translated")
        }
        let caption = night.all("figcaption").first?.textContent ?? ""
        #expect(caption.contains(try #require(ReportLanguage(code: code)).numberStyle.percent("95")), "\(caption)")
        let dots = night.all("circle", class: "checkpoint"), englishDots = original.all("circle", class: "checkpoint")
        #expect(dots.count == englishDots.count && !dots.isEmpty)
        for (dot, englishDot) in zip(dots, englishDots) {
            let x = try #require(dot.number("cx")), englishX = try #require(englishDot.number("cx"))
            #expect(abs(x - (code == "ar" ? 760 - englishX : englishX)) < 0.01)
        }
    }

    /// `sbo estimate --format svg`: a standalone SVG whose dots sit at the JSON's estimates.
    @Test func estimateWritesTheForestPlotAsSVG() throws {
        let run = sbo(["estimate"] + Self.inputs + ["--format", "svg"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let sheet = try XMLTree.parse(run.output)
        let estimate = try Self.json(sbo(["estimate"] + Self.inputs + ["--format", "json"]))
        let plot = try #require(sheet.all("svg", class: "forest-plot").first)
        let axis = try #require(plot.plotAxis)
        let drawn = plot.plottedRows
        #expect(drawn.count == 17)
        for item in try #require(estimate["indicators"]?.arrayValue) {
            let row = try #require(drawn.first { $0.name == item["name"]?.stringValue })
            #expect(abs(try #require(row.estimateX) - axis(item["estimate"]!.doubleValue!)) < 0.01)
        }
        let byRegion = sbo(["estimate"] + Self.inputs + ["--format", "svg", "--by", "region"])
        // Irregularities, turnout with the leading candidate, the small candidates zoomed; 15 regions.
        #expect(try XMLTree.parse(byRegion.output).all("svg", class: "forest-plot").count == 3 + 15)
    }

    /// The footer: manifest seed commitment and frame digest, each input's SHA-256 and the
    /// command, quoted for a shell.
    @Test func footerRecordsHowToRepeatIt() throws {
        let (document, _) = try Self.report(["--title", "Vote of 7 February 2024: it's ours"])
        let footer = try #require(document.all("footer").first)
        let manifest = try JSONValue.parse(Array(try #require(FileManager.default.contents(atPath: Self.data + "/sample.csv.manifest.json"))), source: "manifest")
        #expect(footer.textContent.contains(manifest["seed_commitment"]!.stringValue!))
        #expect(footer.textContent.contains(manifest["frame"]!["sha256"]!.stringValue!))
        #expect(footer.textContent.contains("matches the sample file read"))
        for file in ["sample.csv", "observations.csv"] {
            #expect(footer.textContent.contains(try SHA256.hexDigest(ofFileAt: Self.data + "/" + file)))
        }
        let command = try #require(footer.all("pre").first?.textContent)
        #expect(command.hasPrefix("sbo report --sample \(Self.data)/sample.csv --observations \(Self.data)/observations.csv --title 'Vote of 7 February 2024: it'\\''s ours' --out "))
        #expect(!command.contains("--force"))
    }

    @Test func hostileNamesStayText() throws {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        let hostile = "<script>alert(\"x\")</script> & 'q'"
        directory.write("sample.csv", """
            station_id,region,stratum,stratum_size,role,order,inclusion_probability,weight
            S1,"<i>&north",A,10,primary,1,0.3,3.3333333333333335
            S2,south,A,10,primary,2,0.3,3.3333333333333335
            S3,"<i>&north",A,10,primary,3,0.3,3.3333333333333335

            """)
        directory.write("obs.csv", "station_id,\"<script>alert(\"\"x\"\")</script> & 'q'\"\nS1,yes\nS2,no\nS3,no\n")
        let run = sbo(["report", "--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv"),
                       "--by", "region", "--title", hostile, "--out", directory.file("r.html")])
        #expect(run.status == 0, "\(run.errorOutput)")
        let document = try XMLTree.parse(try #require(directory.read("r.html")))
        #expect(document.all("h1").first?.textContent == hostile)
        #expect(document.all("script").isEmpty && document.all("i").isEmpty)
        #expect(document.all("td").contains { $0.textContent.hasPrefix(hostile) })
        #expect(document.all("svg").compactMap { $0.attributes["data-domain"] }.contains("<i>&north"))
    }

    /// Written whole or not at all: an existing file is kept without --force (exit 73), bad
    /// data leaves no file (exit 65), --force replaces.
    @Test func outputIsNeverPartialOrOverwritten() throws {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        let out = directory.write("report.html", "keep me")
        let refused = sbo(["report"] + Self.inputs + ["--out", out])
        #expect(refused.status == 73)
        #expect(refused.errorOutput.hasPrefix("error: ") && refused.errorOutput.contains("--force"))
        #expect(directory.read("report.html") == "keep me")
        let forced = sbo(["report"] + Self.inputs + ["--out", out, "--force"])
        #expect(forced.status == 0)
        #expect(directory.read("report.html")?.hasPrefix("<!DOCTYPE html>") == true)

        directory.write("bad.csv", "station_id,ballot_stuffing\nnot-a-station,yes\n")
        let bad = sbo(["report", "--sample", Self.data + "/sample.csv", "--observations", directory.file("bad.csv"), "--out", directory.file("new.html")])
        #expect(bad.status == 65)
        #expect(bad.errorOutput.contains("not-a-station"))
        #expect(directory.contents() == ["bad.csv", "report.html"])
    }

    /// --language writes the report in that language with its numbers; the command says on
    /// one line which file it wrote and how many figures; --method bootstrap works as in
    /// estimate; an unknown language is a usage error naming the choices.
    @Test func languageMethodAndSuccessLine() throws {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        let out = directory.file("rapport.html")
        let run = sbo(["report"] + Self.inputs + ["--by", "region", "--language", "fr", "--method", "bootstrap", "--replicates", "200", "--out", out])
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(run.output == "report in fr with \(3 + 15) figures: \(out) written: 105 of 105 stations reporting\n")
        let document = try XMLTree.parse(try #require(directory.read("rapport.html")))
        #expect(document.attributes["lang"] == "fr")
        #expect(document.all("h2").first?.textContent == "En bref")
        let paragraph = try #require(document.all("p", class: "methodology").first).textContent
        #expect(paragraph.contains("200 réplications, intervalle des percentiles, graine sbo"))
        #expect(paragraph.contains("6\u{202F}537 bureaux du pays"))
        // What was read and set aside: the data section, as `estimate --language fr`'s footnotes say it.
        let data = try #require(document.all("section").first { $0.attributes["id"] == "data" })
        #expect(data.all("li").first?.textContent == Self.data + "/observations.csv\u{A0}: lignes lues\u{A0}: 105, bureaux retenus\u{A0}: 105")
        let estimate = sbo(["estimate"] + Self.inputs + ["--language", "fr"])
        #expect(estimate.output.contains("  " + (data.all("li").first?.textContent ?? "–") + "\n"))
        let bad = sbo(["report"] + Self.inputs + ["--language", "xx", "--out", directory.file("x.html")])
        #expect(bad.status == 64)
        #expect(bad.errorOutput.contains("en, fr, es, ru, ar, az") || bad.errorOutput.contains("en"))
    }

    @Test func helpShowsAWorkedExample() {
        let help = sbo("report", "--help")
        #expect(help.status == 0)
        #expect(help.output.contains("sbo report --sample Data/azerbaijan-2024/sample.csv"))
        #expect(help.output.contains("--out REPORT.html"))
        #expect(sbo("--help").output.contains("  report "))
        let usage = sbo("report", "--sample", "s.csv", "--observations", "o.csv")
        #expect(usage.status == 64)
        #expect(usage.errorOutput.contains("--out REPORT.html"))
    }
}
