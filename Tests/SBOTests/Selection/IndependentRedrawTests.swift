import Foundation
import Testing
@testable import SBO

/// sbo's draw against `Reference/independent_draw.py`, a re-implementation from the README's
/// "How the sample is drawn" alone: a pinned PPS golden (start ticket, ticket order, certainty
/// stations, stations of size 0, reserves), and ids and strata written with apostrophes, as an
/// independent implementation reads them. The script runs when python3 is on PATH (CI installs
/// it); the pinned golden is checked either way.
@Suite("Independent re-draws: PPS golden and ids as written")
struct IndependentRedrawTests {
    static let script = "Selection/Reference/independent_draw.py"

    /// 40 stations in two regions; sizes cycle through 0, 120, 450, 800, 1500, 60, 0, 2300, with
    /// P03 (40,000 voters, south) and P10 (25,000, north) large enough to be taken with certainty.
    static func ppsFrameCSV() -> String {
        var text = "station_id,region,registered_voters\n"
        for i in 0..<40 {
            var size = [0, 120, 450, 800, 1500, 60, 0, 2300][i % 8]
            if i == 3 { size = 40_000 }
            if i == 10 { size = 25_000 }
            text += "P\(i < 10 ? "0" : "")\(i),\(i % 2 == 0 ? "north" : "south"),\(size)\n"
        }
        return text
    }

    static let ppsSeed = "pps golden 6 2 5"

    // Produced independently of sbo by
    //   python3 Tests/SBOTests/Selection/Reference/independent_draw.py pps.csv \
    //       "pps golden 6 2 5" region 8 2 registered_voters
    // on the frame of ppsFrameCSV(). Allocation 8·(20, 20)/40 = (4, 4). North: P10 is certain
    // (3·25,000 ≥ X'), the other three by systematic πps over X' = 3·Σx; P00, P06, ... (size 0)
    // never appear. South: P03 certain; P05 (60 voters) is a reserve with π = 3·60/15,600.
    static let ppsGolden = """
        station_id,region,registered_voters,stratum,stratum_size,role,order,inclusion_probability,weight
        P10,north,25000,north,20,primary,1,1.0,1.0
        P36,north,1500,north,20,primary,2,0.4838709677419355,2.066666666666667
        P34,north,450,north,20,primary,3,0.14516129032258066,6.888888888888889
        P20,north,1500,north,20,primary,4,0.4838709677419355,2.066666666666667
        P12,north,1500,north,20,reserve,5,0.4838709677419355,2.066666666666667
        P18,north,450,north,20,reserve,6,0.14516129032258066,6.888888888888889
        P15,south,2300,south,20,primary,1,0.4423076923076923,2.260869565217391
        P39,south,2300,south,20,primary,2,0.4423076923076923,2.260869565217391
        P03,south,40000,south,20,primary,3,1.0,1.0
        P07,south,2300,south,20,primary,4,0.4423076923076923,2.260869565217391
        P05,south,60,south,20,reserve,5,0.011538461538461539,86.66666666666667
        P19,south,800,south,20,reserve,6,0.15384615384615385,6.5

        """

    static func draw(_ text: String, _ request: SampleRequest) throws -> String {
        let frame = try SamplingFrame(table: SamplingFrame.table(parsing: Array(text.utf8), source: "frame.csv"))
        return String(decoding: try SampleTable.csv(for: SampleDrawer.draw(from: frame, request: request), frame: frame), as: UTF8.self)
    }

    static func withFrame<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        let path = NSTemporaryDirectory() + "sbo-redraw-\(UUID().uuidString).csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try body(path)
    }

    @Test func ppsGoldenByteForByte() throws {
        let request = SampleRequest(
            size: 8, seed: Self.ppsSeed, stratifyBy: "region", ppsColumn: "registered_voters", reserves: 2)
        #expect(try Self.draw(Self.ppsFrameCSV(), request) == Self.ppsGolden)
    }

    @Test(.enabled(if: ReferenceScript.locate("python3") != nil, "needs python3 on PATH (.ci/run installs it)"))
    func ppsScriptReproducesTheGolden() throws {
        let output = try Self.withFrame(Self.ppsFrameCSV()) { path in
            try ReferenceScript.output(of: Self.script, interpreter: "python3", arguments: [path, Self.ppsSeed, "region", "8", "2", "registered_voters"])
        }
        #expect(output == Self.ppsGolden)
    }

    /// Ids and strata with apostrophes, formula characters and trailing blanks, as a spreadsheet
    /// exports them (unguarded). README: the frame is read as written, so an id's ticket uses its
    /// apostrophe; strata are trimmed. sbo's SAMPLE.csv guards formulas, so it is compared
    /// cell by cell after sbo's reader removes the guard.
    static func apostropheFrameCSV() -> String {
        let prefixes = ["'=", "'", "''=", "=", "+", "'@", "-", "'-", "x", "'+", "@", "''"]
        var text = "station_id,region\n"
        for (i, prefix) in prefixes.enumerated() {
            text += "\(prefix)a\(i),'=x\n"
            text += "\(prefix)b\(i),=x \n"
        }
        return text
    }

    @Test func apostropheIdsKeepTheirApostrophe() throws {
        let csv = try Self.draw(Self.apostropheFrameCSV(), SampleRequest(size: 8, seed: "dice 6 6 1", stratifyBy: "region", reserves: 1))
        let table = try CSVReader.parse(Array(csv.utf8), source: "SAMPLE.csv")
        // Two strata, '=x and =x (trimmed), each keeping its own spelling.
        #expect(Set(try table.requiredColumn("stratum")) == ["'=x", "=x"])
        let frameIDs = Set(try SamplingFrame(table: SamplingFrame.table(parsing: Array(Self.apostropheFrameCSV().utf8), source: "f")).ids)
        #expect(Set(try table.requiredColumn("station_id")).isSubset(of: frameIDs))
    }

    @Test(.enabled(if: ReferenceScript.locate("python3") != nil, "needs python3 on PATH (.ci/run installs it)"))
    func apostropheIdsRedrawIndependently() throws {
        let request = SampleRequest(size: 8, seed: "dice 6 6 1", stratifyBy: "region", reserves: 1)
        let ours = try CSVReader.parse(Array(try Self.draw(Self.apostropheFrameCSV(), request).utf8), source: "sbo")
        let theirs = try Self.withFrame(Self.apostropheFrameCSV()) { path in
            try ReferenceScript.output(of: Self.script, interpreter: "python3", arguments: [path, "dice 6 6 1", "region", "8", "1"])
        }
        let independent = try CSVReader.parse(Array(theirs.utf8), source: "python", removingFormulaGuard: false)
        #expect(ours.header == independent.header)
        // The frame's region column keeps its trailing blank in both; compare every column.
        for name in ours.header {
            #expect(try ours.requiredColumn(name) == independent.requiredColumn(name), "\(name)")
        }
    }
}
