import Foundation
import Testing
import SBO

/// `sbo estimate` and `sbo compare` end to end on a small stratified sample (3 regions of 20
/// stations, 5 primaries and 1 reserve each, drawn by `sbo sample --size 15 --seed 42
/// --stratify-by region --reserves 1` from `smallFrameCSV()`): S005 did not report and its
/// reserve S059 did; S006 left `stuffing` blank; `late` is all 0.
@Suite struct EstimateCommandTests {
    static let sampleCSV = """
        station_id,region,urban,registered_voters,stratum,stratum_size,role,order,inclusion_probability,weight
        S008,east,urban,156,east,20,primary,1,0.25,4.0
        S014,east,urban,198,east,20,primary,2,0.25,4.0
        S047,east,rural,429,east,20,primary,3,0.25,4.0
        S053,east,rural,471,east,20,primary,4,0.25,4.0
        S005,east,rural,135,east,20,primary,5,0.25,4.0
        S059,east,rural,513,east,20,reserve,6,0.25,4.0
        S045,north,rural,415,north,20,primary,1,0.25,4.0
        S006,north,urban,142,north,20,primary,2,0.25,4.0
        S033,north,rural,331,north,20,primary,3,0.25,4.0
        S039,north,rural,373,north,20,primary,4,0.25,4.0
        S000,north,urban,100,north,20,primary,5,0.25,4.0
        S027,north,rural,289,north,20,reserve,6,0.25,4.0
        S025,south,rural,275,south,20,primary,1,0.25,4.0
        S052,south,urban,464,south,20,primary,2,0.25,4.0
        S043,south,rural,401,south,20,primary,3,0.25,4.0
        S016,south,urban,212,south,20,primary,4,0.25,4.0
        S010,south,urban,170,south,20,primary,5,0.25,4.0
        S019,south,rural,233,south,20,reserve,6,0.25,4.0
        """
    static let observationsCSV = """
        station_id,stuffing,late,comment,ballots_cast,votes_a,votes_b
        S008,Yes,0,ok,120,70,45
        S014,no,0,,150,100,44
        S047,1,0,queue,300,150,140
        S053,TRUE,0,,390,200,180
        S059,n,0,,400,300,95
        S045,0,0,,260,120,130
        S006,,0,,110,60,45
        S033,y,0,,250,125,120
        S039,no,0,,300,200,90
        S000,No,0,,80,40,38
        S025,yes,0,,200,100,95
        S052,0,0,,330,200,120
        S043,1,NA,,300,150,140
        S016,false,0,,150,80,65
        """

    /// Writes the fixture files and returns the directory.
    static func fixture() -> ScratchDirectory {
        let directory = ScratchDirectory()
        directory.write("sample.csv", sampleCSV + "\n")
        directory.write("obs.csv", observationsCSV + "\n")
        return directory
    }

    static func json(_ text: String) throws -> JSONValue {
        try JSONValue.parse(Array(text.utf8), source: "stdout")
    }

    static func isClose(_ a: Double?, _ b: Double, tolerance: Double = 1e-6) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    /// R survey 4.1, on the merged data `d` (indicators read as SPEC, yes → 1):
    /// `des <- svydesign(ids=~1, strata=~stratum, fpc=~stratum_size, data=d)` — the script is
    /// Tests/SBOTests/Estimation/R/estimate_command.R; its output is pinned in SBOTests'
    /// `ReferenceOutputs.estimateCommand` (re-run by `ReferenceScriptTests` when Rscript
    /// exists) and the numbers below are copied from it with their labels.
    @Test func jsonNumbersAgreeWithRSurvey() throws {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        let run = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv"),
                      "--method", "clopper-pearson", "--format", "json")
        #expect(run.status == 0)
        #expect(run.errorOutput == "")
        let json = try Self.json(run.output)
        #expect(json["method"]?.stringValue == "clopper-pearson")
        #expect(json["design"]?["strata"] == .integer(3))
        #expect(json["design"]?["stations_sampled"] == .integer(15))
        #expect(json["design"]?["stations_reporting"] == .integer(14))
        #expect(json["design"]?["degrees_of_freedom"] == .integer(11))  // degf(des)
        let indicators = try #require(json["indicators"]?.arrayValue)
        #expect(indicators.count == 2)
        let stuffing = indicators[0]
        #expect(stuffing["name"]?.stringValue == "stuffing")
        #expect(stuffing["domain"] == .null)
        #expect(stuffing["n"] == .integer(13))
        #expect(stuffing["count"] == .integer(6))
        // p <- svymean(~stuffing, des, na.rm=TRUE, deff=TRUE): 0.4642857142857143,
        // SE 0.13418747246374574, deff 1.1313740523042846
        #expect(Self.isClose(stuffing["estimate"]?.doubleValue, 0.4642857142857143))
        #expect(Self.isClose(stuffing["standard_error"]?.doubleValue, 0.13418747246374574))
        #expect(Self.isClose(stuffing["design_effect"]?.doubleValue, 1.1313740523042846))
        // confint(svyciprop(~stuffing, des, method="beta", na.rm=TRUE, df=degf(des))):
        // 0.19700617960209926 0.74774067275999445
        #expect(Self.isClose(stuffing["ci_low"]?.doubleValue, 0.19700617960209926))
        #expect(Self.isClose(stuffing["ci_high"]?.doubleValue, 0.74774067275999445))
        // Without a codebook the label is the column and the polarity an irregularity.
        #expect(stuffing["label"]?.stringValue == "stuffing")
        #expect(stuffing["polarity"]?.stringValue == "irregularity")
        // Worst-case bounds over the 15 primaries and the reporting reserve S059, weights
        // N_h/n_h = 4 (east: 4·5/6 over its 6 units). Unknown: S005 (east), S006 (north,
        // blank), S010 (south). yes = 3·10/3 + 1·4 + 2·4 = 22, unknown = 10/3 + 4 + 4, of 60.
        #expect(Self.isClose(stuffing["bound_low"]?.doubleValue, 22.0 / 60, tolerance: 1e-12))
        #expect(Self.isClose(stuffing["bound_high"]?.doubleValue, (22.0 + 10.0 / 3 + 8) / 60, tolerance: 1e-12))
        // `late` is all 0: R's interval would have no width; sbo says which rule it used.
        #expect(indicators[1]["estimate"]?.doubleValue == 0)
        #expect(indicators[1]["interval_rule"]?.stringValue == "korn-graubard-answering-stations")
        #expect((indicators[1]["ci_high"]?.doubleValue ?? 0) > 0)
        #expect(indicators[1]["design_effect"] == .null)
        let ratios = try #require(json["ratios"]?.arrayValue)
        #expect(ratios.compactMap { $0["name"]?.stringValue } == ["turnout", "votes_a", "votes_b"])
        // r <- svyratio(~ballots_cast, ~registered_voters, des): "turnout estimate", "turnout se",
        // and the logit interval for a ratio that is a share, expit(qlogis(r) ± qt(.975, 11)·SE/(r(1 − r))):
        // "turnout logit lower", "turnout logit upper".
        #expect(Self.isClose(ratios[0]["estimate"]?.doubleValue, 0.7440846824408468))
        #expect(Self.isClose(ratios[0]["standard_error"]?.doubleValue, 0.014295102154517902))
        #expect(Self.isClose(ratios[0]["ci_low"]?.doubleValue, 0.71137664397149558))
        #expect(Self.isClose(ratios[0]["ci_high"]?.doubleValue, 0.77426230774623572))
        // svyratio(~votes_a, ~total, des) with total = votes_a + votes_b: "votes_a ...".
        #expect(Self.isClose(ratios[1]["estimate"]?.doubleValue, 0.58269866360109213))
        #expect(Self.isClose(ratios[1]["standard_error"]?.doubleValue, 0.025616449566947086))
        #expect(Self.isClose(ratios[1]["ci_low"]?.doubleValue, 0.52547612494589269))
        #expect(Self.isClose(ratios[1]["ci_high"]?.doubleValue, 0.63777739498582064))
        let ignored = try #require(json["ignored_columns"]?.arrayValue)
        #expect(ignored.compactMap { $0["name"]?.stringValue } == ["comment"])
    }

    /// Wilson (the default) against the formula evaluated in R (survey 4.1 has no "wilson"):
    /// `v <- SE(p)^2; t <- qt(0.975, 11); m <- p*(1-p)/v;
    ///  (p + t^2/(2*m) ∓ t/(2*m)*sqrt(4*m*p*(1-p)+t^2))/(1+t^2/m)` → 0.21926359448133145 0.72785389525517863.
    @Test func defaultMethodIsWilson() throws {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        let run = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv"),
                      "--format", "json", "--indicators", "stuffing")
        let json = try Self.json(run.output)
        #expect(json["method"]?.stringValue == "wilson")
        #expect(json["indicators"]?.arrayValue?.count == 1)
        let stuffing = try #require(json["indicators"]?.arrayValue?.first)
        #expect(Self.isClose(stuffing["ci_low"]?.doubleValue, 0.21926359448133145))
        #expect(Self.isClose(stuffing["ci_high"]?.doubleValue, 0.72785389525517863))
    }

    /// `svyby(~stuffing, ~urban, des, svyciprop, method="beta", na.rm=TRUE, df=degf(des), vartype="ci")`:
    /// rural 0.64705882352941180 [0.2810134966833644499, 0.91619651590598405],
    /// urban 0.18181818181818182 [0.0020881052042712885, 0.73289112184539662].
    @Test func domainsByASampleColumn() throws {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        let run = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv"),
                      "--format", "json", "--indicators", "stuffing", "--by", "urban", "--method", "clopper-pearson")
        let rows = try #require(try Self.json(run.output)["indicators"]?.arrayValue)
        #expect(rows.map { $0["domain"] } == [.null, .string("rural"), .string("urban")])
        #expect(Self.isClose(rows[1]["estimate"]?.doubleValue, 0.64705882352941180))
        #expect(Self.isClose(rows[1]["ci_low"]?.doubleValue, 0.2810134966833644499))
        #expect(Self.isClose(rows[1]["ci_high"]?.doubleValue, 0.91619651590598405))
        #expect(Self.isClose(rows[2]["ci_low"]?.doubleValue, 0.0020881052042712885))
        #expect(Self.isClose(rows[2]["ci_high"]?.doubleValue, 0.73289112184539662))
    }

    @Test func tableCSVAndMarkdownShapes() throws {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        let files = ["--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv")]
        let table = sbo(["estimate"] + files)
        #expect(table.status == 0)
        #expect(table.output.contains("Reporting: 14 stations (1 of them reserves)"))
        #expect(table.output.contains("Intervals: wilson, 95% confidence, t with 11 degrees of freedom"))
        // Wilson interval for stuffing: 0.21926–0.72785 → 21.9–72.8, its two ends (never ±: it is not symmetric).
        #expect(table.output.contains("46.4%     21.9–72.8        13    6  1.13   36.7–55.6"))
        #expect(!table.output.contains("±25.4") && !table.output.contains(" margin "))
        #expect(table.output.contains("[1] the estimate is 0% or 100%"))
        #expect(table.output.contains("column 'comment' is not used: not yes/no answers (line 2 has 'ok')"))
        #expect(table.output.contains("obs.csv: 14 rows read, 14 stations kept"))

        let csv = sbo(["estimate"] + files + ["--format", "csv"])
        let lines = csv.output.split(separator: "\n").map(String.init)
        #expect(lines.first == "type,name,domain,n,count,estimate,standard_error,ci_low,ci_high,design_effect,interval_rule,percent,interval,label,polarity,bound_low,bound_high")
        #expect(lines.count == 6)  // header, 2 indicators, 3 ratios
        #expect(lines[1].hasPrefix("indicator,stuffing,,13,6,0.4642857142857143,"))
        #expect(lines[1].hasSuffix(",standard,46.4,21.9–72.8,stuffing,irregularity,0.36666666666666664,0.5555555555555556"))
        #expect(lines[3].hasPrefix("ratio,turnout,,14,,0.74408468244084"))
        let reread = try CSVReader.parse(Array(csv.output.utf8), source: "out.csv")
        #expect(reread.column("margin") == nil)

        let markdown = sbo(["estimate"] + files + ["--format", "markdown"])
        #expect(markdown.output.contains("| indicator | estimate | 95% interval | answered | yes | deff | worst case | notes |"))
        #expect(markdown.output.contains("| stuffing | 46.4% | 21.9–72.8 | 13 | 6 | 1.13 | 36.7–55.6 |  |"))
        #expect(markdown.output.contains("- Sample: "))
    }

    /// `--language fr`: the table's headings, notes and numbers in French (decimal comma,
    /// narrow no-break space before %), the data account too; JSON and CSV byte for byte as
    /// in English; an unknown code is a usage error that lists the known ones.
    @Test func languageWritesTheTables() throws {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        let files = ["--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv")]
        let french = sbo(["estimate"] + files + ["--language", "fr"])
        #expect(french.status == 0, "\(french.errorOutput)")
        #expect(french.output.contains("indicateur  estimation  intervalle à 95\u{202F}%  réponses  oui  effet de plan  cas extrêmes  notes"))
        #expect(french.output.contains("46,4\u{202F}%          21,9–72,8        13    6           1,13     36,7–55,6"))
        #expect(french.output.contains("Bureaux ayant transmis\u{A0}: 14 (dont réserves\u{A0}: 1)"))
        #expect(french.output.contains("loi de t, degrés de liberté\u{A0}: 11"))
        #expect(french.output.contains("Notes\u{A0}:\n  [1] l’estimation vaut 0\u{202F}% ou 100\u{202F}%"))
        #expect(!french.output.contains("estimate") && !french.output.contains("Reporting"))
        let markdown = sbo(["estimate"] + files + ["--language", "fr", "--format", "markdown"])
        #expect(markdown.output.hasPrefix("## Estimations\n\n- Échantillon\u{A0}: "))
        for format in ["json", "csv"] {
            #expect(sbo(["estimate"] + files + ["--language", "fr", "--format", format]).output
                == sbo(["estimate"] + files + ["--format", format]).output, "\(format)")
        }
        let arabic = sbo(["estimate"] + files + ["--language", "ar"])
        // Arabic: no direction marks, which a terminal would show escaped.
        #expect(arabic.output.contains("المؤشر") && arabic.output.contains(" 21.9–72.8 ") && !arabic.output.contains("\\u{200"))
        let unknown = sbo(["estimate"] + files + ["--language", "xx"])
        #expect(unknown.status == 64)
        #expect(unknown.errorOutput.contains("'xx' is not a value of --language; use one of en, fr, es, ru, ar, az"))
        #expect(unknown.output.isEmpty)
    }

    @Test func bootstrapIsReproducibleAndReportsItsSettings() throws {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        let files = ["--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv")]
        let options = ["--method", "bootstrap", "--replicates", "2000", "--seed", "dice 6 6 1", "--format", "json"]
        let first = sbo(["estimate"] + files + options)
        #expect(first.status == 0, "\(first.errorOutput)")
        #expect(sbo(["estimate"] + files + options).output == first.output)
        let other = sbo(["estimate"] + files + ["--method", "bootstrap", "--replicates", "2000", "--seed", "other", "--format", "json"])
        #expect(other.output != first.output)

        let object = try #require(JSONSerialization.jsonObject(with: Data(first.output.utf8)) as? [String: Any])
        #expect(object["method"] as? String == "bootstrap")
        let bootstrap = try #require(object["bootstrap"] as? [String: Any])
        #expect(bootstrap["replicates"] as? Int == 2000)
        #expect(bootstrap["seed"] as? String == "dice 6 6 1")
        #expect(bootstrap["scheme"] as? String == "rao-wu-fpc")
        #expect(bootstrap["finite_population_correction"] as? Bool == true)
        let analytic = try #require(JSONSerialization.jsonObject(with: Data(sbo(["estimate"] + files + ["--format", "json"]).output.utf8)) as? [String: Any])
        let rows = try #require(object["indicators"] as? [[String: Any]])
        let analyticRows = try #require(analytic["indicators"] as? [[String: Any]])
        let stuffing = try #require(rows.first { $0["name"] as? String == "stuffing" })
        let analyticStuffing = try #require(analyticRows.first { $0["name"] as? String == "stuffing" })
        // Same point estimate; a percentile interval around it; the rule says bootstrap.
        #expect(stuffing["estimate"] as? Double == analyticStuffing["estimate"] as? Double)
        let low = try #require(stuffing["ci_low"] as? Double)
        let high = try #require(stuffing["ci_high"] as? Double)
        let estimate = try #require(stuffing["estimate"] as? Double)
        #expect(low < estimate && estimate < high)
        #expect(stuffing["interval_rule"] as? String == "bootstrap-percentile")
        // Rao–Wu with the fpc (the default): at sampling fractions near 0.3 the bootstrap SE
        // estimates the linearised one (the uncorrected scheme would exceed it by
        // 1/√(1 − f) ≈ 1.2); allow Monte Carlo error at B = 2,000 (≈ 2 %) and the bootstrap's
        // departure from linearisation on a few stations.
        let ratio = try #require(stuffing["standard_error"] as? Double) / (analyticStuffing["standard_error"] as! Double)
        #expect(ratio > 0.88 && ratio < 1.12, "SE ratio \(ratio)")
        // `late` is all 0: every replicate is 0, so the interval keeps the Korn–Graubard rule.
        let late = try #require(rows.first { $0["name"] as? String == "late" })
        #expect(late["interval_rule"] as? String == "korn-graubard-answering-stations")
    }

    @Test func bootstrapReplicateCountsAreCheckedBeforeAnyWork() {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        let files = ["--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv")]
        let zero = sbo(["estimate"] + files + ["--method", "bootstrap", "--replicates", "0"])
        #expect(zero.status == 64)
        #expect(zero.errorOutput.hasPrefix("error: --replicates must be between 1 and"))
        let absurd = sbo(["estimate"] + files + ["--method", "bootstrap-bca", "--replicates", "100000000"])
        #expect(absurd.status == 64)
        #expect(absurd.errorOutput.hasPrefix("error: "))
        #expect(absurd.errorOutput.contains("replicates"))
        let seeded = sbo(["estimate"] + files + ["--seed", "7", "--replicates", "100"])
        #expect(seeded.status == 0)
        #expect(seeded.errorOutput.contains("warning: --seed only matters for --method bootstrap"))
        #expect(seeded.errorOutput.contains("warning: --replicates only matters for --method bootstrap"))
    }

    @Test(arguments: [
        ("station_id,stuffing\nS008,1\nS999,0\n", Int32(65),
         "error: OBS.csv:3: station 'S999' is not in sample.csv (did you mean 'S059'?); observations must come from sampled stations: correct the id or remove the row\n"),
        // SPEC second part: rows that differ are an error naming every line and column
        // (identical rows are kept once: `IntakeTests`).
        ("station_id,stuffing\nS008,1\nS014,0\nS008,0\n", Int32(65),
         "error: OBS.csv:2: station 'S008' was submitted 2 times (lines 2, 4) with different stuffing; keep one row, or run with --duplicates latest (or first)\n"),
        ("", Int32(65), "error: OBS.csv:1: the file is empty or holds only blank lines; its first line must be a header row naming the columns\n"),
        ("station_id,stuffing\n", Int32(65), "error: OBS.csv:2: the file has a header but no stations; one row per station is needed\n"),
    ])
    func badObservations(csv: String, status: Int32, message: String) {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        let obs = directory.write("OBS.csv", csv)
        let run = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", obs)
        #expect(run.status == status)
        #expect(run.errorOutput.replacingOccurrences(of: directory.path + "/", with: "") == message)
        #expect(run.output == "")
    }

    @Test func badIndicatorsByAndMissingFiles() {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        let files = ["--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv")]
        let text = sbo(["estimate"] + files + ["--indicators", "stuffing,comment"])
        #expect(text.status == 65)
        #expect(text.errorOutput.hasSuffix("obs.csv:2: column 'comment' is not an indicator: line 2 has 'ok'; an indicator holds 0/1, yes/no, true/false or y/n (missing: empty, NA, N/A, ., -)\n"))
        let unknown = sbo(["estimate"] + files + ["--indicators", "stufing"])
        #expect(unknown.status == 64)
        #expect(unknown.errorOutput.contains("--indicators names 'stufing', which") && unknown.errorOutput.contains("(did you mean 'stuffing'?)"))
        let by = sbo(["estimate"] + files + ["--by", "regio"])
        #expect(by.status == 64)
        #expect(by.errorOutput.contains("(did you mean 'region'?)"))
        let missing = sbo("estimate", "--sample", directory.file("nope.csv"), "--observations", directory.file("obs.csv"))
        #expect(missing.status == 66)
        #expect(missing.errorOutput.hasPrefix("error: \(directory.file("nope.csv")): cannot read the file"))
        let missingObs = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", directory.file("none.csv"))
        #expect(missingObs.status == 66)
        directory.write("empty.csv", "")
        let emptySample = sbo("estimate", "--sample", directory.file("empty.csv"), "--observations", directory.file("obs.csv"))
        #expect(emptySample.status == 65)
        directory.write("bad.csv", "station_id,stratum,stratum_size,role,order,inclusion_probability,weight\nS008,east,20,boss,1,0.25,4\n")
        let badRole = sbo("estimate", "--sample", directory.file("bad.csv"), "--observations", directory.file("obs.csv"))
        #expect(badRole.status == 65)
        #expect(badRole.errorOutput.hasSuffix("bad.csv:2: role 'boss' is neither 'primary' nor 'reserve'\n"))
    }

    @Test func compareFlagsStationsAndChecksNationalFigures() throws {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        directory.write("official.csv", Self.officialCSV + "\n")
        let files = ["--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv"),
                     "--official", directory.file("official.csv")]
        let run = sbo(["compare"] + files + ["--format", "json"])
        #expect(run.status == 0)
        // S047 was observed but is absent from official.csv.
        #expect(run.errorOutput.contains("warning: 1 observed station is not in"))
        let json = try Self.json(run.output)
        #expect(json["stations_compared"] == .integer(13))
        #expect(json["stations_missing_from_official"] == .array([.string("S047")]))
        // S016: observed 150/212, official 212/212: gap 1 − 150/212 = 0.2925 > 0.2.
        // S000: observed 80/100, official 100/100: gap 0.2, not above the threshold.
        let flagged = try #require(json["discrepancies"]?.arrayValue)
        #expect(flagged.compactMap { $0["station_id"]?.stringValue } == ["S016"])
        #expect(Self.isClose(flagged[0]["gap"]?.doubleValue, 1 - 150.0 / 212.0, tolerance: 1e-12))
        let national = try #require(json["national"]?.arrayValue)
        #expect(national.compactMap { $0["name"]?.stringValue } == ["turnout", "votes_a", "votes_b"])
        #expect(national.map { $0["inside"] } == [.bool(true), .bool(true), .bool(true)])
        let turnout = try #require(national[0]["official"]?.doubleValue)
        let gap = try #require(national[0]["gap_standard_errors"]?.doubleValue)
        // The observers' turnout and SE are R's (see jsonNumbersAgreeWithRSurvey).
        #expect(Self.isClose(gap, (turnout - 0.7440846824408468) / 0.014295102154517902))
        // A lower threshold flags more stations, largest |gap| first.
        let low = try Self.json(sbo(["compare"] + files + ["--format", "json", "--threshold", "0.1"]).output)
        let gaps = (low["discrepancies"]?.arrayValue ?? []).compactMap { $0["gap"]?.doubleValue }
        #expect(gaps.count == 2)
        #expect(gaps.map(abs) == gaps.map(abs).sorted(by: >))
        // Official turnout outside the interval: every official station at 95%.
        let inflated = Self.officialCSV.split(separator: "\n").enumerated().map { index, line -> String in
            guard index > 0 else { return String(line.drop { $0 == " " }) }
            let cells = line.drop { $0 == " " }.split(separator: ",").map(String.init)
            let registered = Int(cells[2])!
            return [cells[0], String(registered * 95 / 100), cells[2], cells[3], cells[4]].joined(separator: ",")
        }.joined(separator: "\n") + "\n"
        directory.write("inflated.csv", inflated)
        let outside = try Self.json(sbo("compare", "--sample", directory.file("sample.csv"), "--observations",
                                        directory.file("obs.csv"), "--official", directory.file("inflated.csv"),
                                        "--format", "json").output)
        #expect(outside["national"]?.arrayValue?.first?["inside"] == .bool(false))
        let bad = directory.write("bad-official.csv", "station_id,ballots_cast,registered_voters\nS008,10,x\n")
        let badRun = sbo("compare", "--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv"),
                         "--official", bad)
        #expect(badRun.status == 65)
        #expect(badRun.errorOutput.hasSuffix("bad-official.csv:2: registered_voters 'x' is not a whole number of at least 0; write counts as digits only (missing: empty, NA, N/A, ., -)\n"))
        let table = sbo(["compare"] + files)
        #expect(table.output.contains("S016           70.8%    100.0%  +29.2"))
    }

    /// compare --language: the table and Markdown in that language with its numbers (here
    /// French and Arabic, without direction marks on a terminal); JSON and CSV unchanged.
    @Test func compareLanguageWritesTheTables() throws {
        let directory = Self.fixture()
        defer { directory.cleanUp() }
        directory.write("official.csv", Self.officialCSV + "\n")
        let files = ["--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv"),
                     "--official", directory.file("official.csv")]
        let french = sbo(["compare"] + files + ["--language", "fr"])
        #expect(french.status == 0, "\(french.errorOutput)")
        #expect(french.output.hasPrefix("Chiffres nationaux de \(directory.file("official.csv")) face aux intervalles à 95\u{202F}% des observateurs\u{A0}:"))
        #expect(french.output.contains("chiffre  officiel  observateurs  intervalle à 95\u{202F}%  dedans  écart (é.-t.)"))
        #expect(french.output.contains("de plus de 20 points\u{A0}: 1 (bureaux comparés\u{A0}: 13)"))
        #expect(french.output.contains("S016      70,8\u{202F}%   100,0\u{202F}%  +29,2"))
        #expect(french.output.contains("\nDonnées\u{A0}:\n"))
        for english in ["National", "figure", "inside", "yes", "Stations", "Data:"] {
            #expect(!french.output.contains(english), "\(english)")
        }
        let markdown = sbo(["compare"] + files + ["--language", "fr", "--format", "markdown"])
        #expect(markdown.output.hasPrefix("## Résultats officiels et constats des observateurs\n\n"))
        for format in ["json", "csv"] {
            #expect(sbo(["compare"] + files + ["--language", "fr", "--format", format]).output
                == sbo(["compare"] + files + ["--format", format]).output, "\(format)")
        }
        let arabic = sbo(["compare"] + files + ["--language", "ar"])
        #expect(arabic.output.contains("الأرقام الوطنية") && arabic.output.contains(" +29.2") && !arabic.output.contains("\\u{200"))
    }

    static let officialCSV = """
        station_id,ballots_cast,registered_voters,votes_a,votes_b
        S000,100,100,40,60
        S001,80,107,49,31
        S002,85,114,52,33
        S003,90,121,55,35
        S004,96,128,59,37
        S005,101,135,62,39
        S006,110,142,60,50
        S007,111,149,68,43
        S008,120,156,70,50
        S009,122,163,75,47
        S010,127,170,78,49
        S011,132,177,81,51
        S012,138,184,85,53
        S013,143,191,88,55
        S014,150,198,100,50
        S015,153,205,94,59
        S016,212,212,80,132
        S017,164,219,101,63
        S018,169,226,104,65
        S019,174,233,107,67
        S020,180,240,111,69
        S021,185,247,114,71
        S022,190,254,117,73
        S023,195,261,120,75
        S024,201,268,124,77
        S025,200,275,100,100
        S026,211,282,130,81
        S027,216,289,133,83
        S028,222,296,137,85
        S029,227,303,140,87
        S030,232,310,143,89
        S031,237,317,146,91
        S032,243,324,150,93
        S033,250,331,125,125
        S034,253,338,156,97
        S035,258,345,159,99
        S036,264,352,163,101
        S037,269,359,166,103
        S038,274,366,169,105
        S039,300,373,200,100
        S040,285,380,176,109
        S041,290,387,179,111
        S042,295,394,182,113
        S043,300,401,150,150
        S044,306,408,189,117
        S045,260,415,120,140
        S046,316,422,195,121
        S048,327,436,202,125
        S049,332,443,205,127
        S050,337,450,208,129
        S051,342,457,212,130
        S052,330,464,200,130
        S053,390,471,200,190
        S054,358,478,221,137
        S055,363,485,225,138
        S056,369,492,228,141
        S057,374,499,231,143
        S058,379,506,234,145
        S059,400,513,300,100
        """
}
