import Foundation
import Testing
@testable import SBOCommandLine

@Suite("sbo sample and sbo verify")
struct SampleAndVerifyCommandTests {
    static func draw(_ dir: ScratchDirectory, _ extra: [String] = []) -> ToolRun {
        sbo(["sample", "--frame", dir.file("frame.csv"), "--size", "12", "--seed", "1 2 3 4 5 6",
             "--stratify-by", "region", "--reserves", "2", "--out", dir.file("sample.csv")] + extra)
    }

    @Test func drawWriteAndVerify() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        dir.write("frame.csv", smallFrameCSV())
        let run = Self.draw(dir)
        #expect(run.status == 0, "\(run.errorOutput)")
        let sample = try #require(dir.read("sample.csv"))
        #expect(sample.split(separator: "\n").count == 1 + 12 + 6)
        let manifest = try #require(dir.read("sample.csv.manifest.json"))
        #expect(manifest.contains("\"seed\": \"1 2 3 4 5 6\""))
        #expect(dir.contents() == ["frame.csv", "sample.csv", "sample.csv.commitment.json", "sample.csv.manifest.json"])
        let verify = sbo("verify", "--frame", dir.file("frame.csv"), "--sample", dir.file("sample.csv"))
        #expect(verify.status == 0)
        #expect(verify.output.hasPrefix("MATCH: "))
    }

    @Test func verifyFindsATamperedSample() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        dir.write("frame.csv", smallFrameCSV())
        #expect(Self.draw(dir).status == 0)
        var lines = try #require(dir.read("sample.csv")).components(separatedBy: "\n")
        lines[3] = lines[3].replacingOccurrences(of: "primary", with: "reserve")
        dir.write("sample.csv", lines.joined(separator: "\n"))
        let verify = sbo("verify", "--frame", dir.file("frame.csv"), "--sample", dir.file("sample.csv"))
        #expect(verify.status == 1)
        #expect(verify.output.contains("- \(dir.file("sample.csv")):4 differs from the re-drawn sample"))
        #expect(verify.output.contains("the file was changed after drawing"))
    }

    @Test func verifyNoticesAnotherFrame() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        dir.write("frame.csv", smallFrameCSV())
        #expect(Self.draw(dir).status == 0)
        dir.write("frame.csv", smallFrameCSV(rows: Array(1..<60)))
        let verify = sbo("verify", "--frame", dir.file("frame.csv"), "--sample", dir.file("sample.csv"))
        #expect(verify.status == 1)
        #expect(verify.output.contains("it is not the file the sample was drawn from"))
    }

    /// A frame tampered with until it no longer parses (a station's row repeated) is a failed
    /// check listed with the others (its SHA-256), exit 1, not a data error that hides them.
    @Test func verifyListsAFrameThatNoLongerParses() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        dir.write("frame.csv", smallFrameCSV())
        #expect(Self.draw(dir).status == 0)
        let lines = smallFrameCSV().split(separator: "\n").map(String.init)
        dir.write("frame.csv", (lines + [lines[1]]).joined(separator: "\n") + "\n")
        let verify = sbo("verify", "--frame", dir.file("frame.csv"), "--sample", dir.file("sample.csv"))
        #expect(verify.status == 1, "\(verify.errorOutput)")
        #expect(verify.output.hasPrefix("MISMATCH: 2 checks failed"), "\(verify.output)")
        #expect(verify.output.contains("which is not a valid frame"))
        #expect(verify.output.contains("frame.csv:\(lines.count + 1)"), "\(verify.output)")
        #expect(verify.output.contains("it is not the file the sample was drawn from"))
    }

    @Test func existingOutputIsNeverReplacedWithoutForce() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        dir.write("frame.csv", smallFrameCSV())
        dir.write("sample.csv", "precious\n")
        let run = Self.draw(dir)
        #expect(run.status == 73)
        #expect(run.errorOutput == "error: \(dir.file("sample.csv")) exists; pass --force to replace it\n")
        #expect(dir.read("sample.csv") == "precious\n")
        #expect(dir.contents() == ["frame.csv", "sample.csv"])
        // The manifest alone existing also stops the draw before anything is written.
        dir.write("sample.csv.manifest.json", "{}")
        try FileManager.default.removeItem(atPath: dir.file("sample.csv"))
        #expect(Self.draw(dir).status == 73)
        #expect(dir.contents() == ["frame.csv", "sample.csv.manifest.json"])
        let forced = Self.draw(dir, ["--force"])
        #expect(forced.status == 0)
        #expect(dir.read("sample.csv.manifest.json")?.contains("\"tool\": \"sbo\"") == true)
    }

    // Errors leave no file behind.
    @Test(arguments: [
        (["--size", "61"], 64, "larger than the 60 stations available"),
        (["--size", "2"], 64, "too small for 3 strata"),
        (["--pps", "votes"], 65, "no column 'votes' in the header"),
        (["--stratum-proportions", "/nonexistent/p.csv", "--allocation", "neyman"], 66, "cannot read the file"),
    ])
    func errorsLeaveNothingBehind(extra: [String], status: Int32, message: String) {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        dir.write("frame.csv", smallFrameCSV())
        var arguments = ["sample", "--frame", dir.file("frame.csv"), "--size", "12", "--seed", "x",
                         "--stratify-by", "region", "--out", dir.file("sample.csv")]
        if let index = extra.firstIndex(of: "--size") {
            arguments[4] = extra[index + 1]
            arguments += extra.enumerated().filter { $0.offset != index && $0.offset != index + 1 }.map(\.element)
        } else {
            arguments += extra
        }
        let run = sbo(arguments)
        #expect(run.status == status, "\(run.errorOutput)")
        #expect(run.errorOutput.contains(message), "got: \(run.errorOutput)")
        #expect(dir.contents() == ["frame.csv"])
    }

    @Test func unwritableOutputDirectory() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        dir.write("frame.csv", smallFrameCSV())
        let run = sbo("sample", "--frame", dir.file("frame.csv"), "--size", "5", "--seed", "x",
                      "--out", dir.file("no/such/dir/sample.csv"))
        #expect(run.status == 73)
        #expect(dir.contents() == ["frame.csv"])
    }

    @Test func neymanWithProportionsAndWarningWithout() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        dir.write("frame.csv", smallFrameCSV())
        dir.write("p.csv", "stratum,proportion\nnorth,0.5\nsouth,0.1\neast,0.02\n")
        let withFile = Self.draw(dir, ["--allocation", "neyman", "--stratum-proportions", dir.file("p.csv")])
        #expect(withFile.status == 0)
        #expect(withFile.errorOutput.isEmpty)
        // Weights 20·(0.5, 0.3, 0.14) → 12·(0.5, 0.3, 0.14)/0.94 = (6.38, 3.83, 1.79) → east raised to 2.
        let manifest = try #require(dir.read("sample.csv.manifest.json"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(manifest.utf8)) as? [String: Any])
        let strata = try #require(object["strata"] as? [[String: Any]])
        #expect(strata.map { $0["name"] as? String } == ["east", "north", "south"])
        #expect(strata.map { $0["allocated"] as? Int } == [2, 6, 4])
        let without = Self.draw(dir, ["--allocation", "neyman", "--force"])
        #expect(without.status == 0)
        #expect(without.errorOutput.contains("warning: Neyman allocation without --stratum-proportions cannot differ from proportional"))
    }
}
