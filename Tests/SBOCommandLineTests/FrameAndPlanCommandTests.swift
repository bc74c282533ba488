import Foundation
import Testing
@testable import SBOCommandLine

@Suite("sbo frame and sbo plan")
struct FrameAndPlanCommandTests {
    @Test func frameSummary() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.write("frame.csv", smallFrameCSV())
        let run = sbo("frame", path, "--stratify-by", "region")
        #expect(run.status == 0)
        #expect(run.output.contains("Polling stations: 60\n"))
        // Sizes 100 + 7i, i = 0..59: total 6000 + 7·1770 = 18,390; median (303 + 310)/2 = 306.5.
        #expect(run.output.contains("Registered voters: 18,390 (per station: min 100, median 306.5, max 513)"))
        #expect(run.output.contains("Strata by region: 3"))
        let json = sbo("frame", path, "--stratify-by", "region", "--format", "json")
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["stations"] as? Int == 60)
        let voters = try #require(object["registered_voters"] as? [String: Any])
        #expect(voters["total"] as? Int == 18390)
        #expect(voters["median"] as? Double == 306.5)
        let strata = try #require(object["strata"] as? [[String: Any]])
        #expect(strata.map { $0["name"] as? String } == ["east", "north", "south"])
        #expect(strata.map { $0["stations"] as? Int } == [20, 20, 20])
    }

    // Bad frames: (file text, exit status, part of the message).
    @Test(arguments: [
        ("station_id,registered_voters\na,1\nb,2\na,3\n", 65, "frame.csv:4: 'a' appears twice (lines 2 and 4)"),
        ("station_id,registered_voters\na,1\n,2\n", 65, "frame.csv:3: empty station_id"),
        ("station_id,registered_voters\na,-1\n", 65, "frame.csv:2: registered_voters must be a non-negative whole number, got '-1'"),
        ("station_id,registered_voters\na,2.5\n", 65, "frame.csv:2: registered_voters must be a non-negative whole number, got '2.5'"),
        ("stationid,registered_voters\na,1\n", 65, "frame.csv:1: no column 'station_id' in the header; did you mean 'stationid'?"),
        ("station_id,registered_voters\na,1\nb\n", 65, "frame.csv:3: the row has 1 field but the header has 2"),
        ("station_id,registered_voters\n\"a,1\n", 65, "frame.csv:2: a quoted field starts here but its closing quote is missing"),
        ("", 65, "frame.csv:1: the file is empty"),
        ("station_id,registered_voters\n", 65, "the frame has a header but no polling stations"),
        ("station_id\n\u{00}\u{01}\u{02}", 65, "a NUL byte"),
    ])
    func badFrames(text: String, status: Int32, message: String) {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.write("frame.csv", text)
        let run = sbo("frame", path)
        #expect(run.status == status)
        #expect(run.errorOutput.hasPrefix("error: \(dir.path)/"), "got: \(run.errorOutput)")
        #expect(run.errorOutput.contains(message), "got: \(run.errorOutput)")
        #expect(run.output.isEmpty)
    }

    @Test func invalidUTF8AndMissingFile() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.file("latin1.csv")
        _ = FileManager.default.createFile(atPath: path, contents: Data("station_id\nB\u{E9}".utf8.prefix(11) + [0xE9, 0x0A]))
        #expect(sbo("frame", path).status == 65)
        let missing = sbo("frame", dir.file("nope.csv"))
        #expect(missing.status == 66)
        #expect(missing.errorOutput.contains("nope.csv: cannot read the file"))
    }

    @Test func unknownStratumColumnSuggestsTheClosest() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.write("frame.csv", smallFrameCSV())
        let run = sbo("frame", path, "--stratify-by", "regoin")
        #expect(run.status == 65)
        #expect(run.errorOutput.contains("no column 'regoin' in the header; did you mean 'region'? (--stratify-by region)"))
    }

    @Test func planJSONFields() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.write("frame.csv", smallFrameCSV())
        let run = sbo("plan", "--frame", path, "--size", "30", "--stratify-by", "region", "--response-rate", "0.8", "--format", "json")
        #expect(run.status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        #expect(object["stations_required"] as? Int == 30)
        #expect(object["stations_to_deploy"] as? Int == 38)
        // R: qnorm(0.975)*sqrt(0.25*(60-30)/(30*59))  # 0.12758278835445294
        let margin = try #require(object["margin_of_error"] as? Double)
        #expect(abs(margin - 0.12758278835445294) < 1e-12)
        let strata = try #require(object["strata"] as? [[String: Any]])
        #expect(strata.map { $0["allocated"] as? Int } == [10, 10, 10])
        #expect(strata.allSatisfy { $0["name"] != nil && $0["population"] as? Int == 20 && $0["margin_of_error"] is Double })
    }

    /// A margin wider than ±50 points is printed with a note that it says nothing, for the
    /// whole sample and for strata; an ordinary margin has no note.
    @Test func planSaysWhenAMarginIsUninformative() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.write("frame.csv", smallFrameCSV())
        let tiny = sbo("plan", "--frame", path, "--size", "3", "--design-effect", "20")
        #expect(tiny.status == 0)
        #expect(tiny.output.contains("Note: The margin is wider than ±50 points"))
        let strata = sbo("plan", "--frame", path, "--size", "12", "--design-effect", "1.5", "--stratify-by", "region")
        #expect(strata.status == 0)
        #expect(!strata.output.contains("Note: The margin is"))
        #expect(strata.output.contains("Note: The margins of strata"))
        let fine = sbo("plan", "--frame", path, "--size", "30")
        #expect(!fine.output.contains("Note:"))
    }

    @Test func planRefusesSizeAboveFrame() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.write("frame.csv", smallFrameCSV())
        let run = sbo("plan", "--frame", path, "--size", "61")
        #expect(run.status == 64)
        #expect(run.errorOutput == "error: --size 61 is more than the 60 stations in the frame; lower it\n")
    }
}
