import Foundation
import Testing
@testable import SBOCommandLine

@Suite("Error messages stay on one line and name the right line")
struct ErrorMessageTests {
    // A duplicate id that contains a line break (quoted in the CSV) is shown escaped.
    @Test func controlCharactersAreEscaped() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.write("frame.csv", "station_id,registered_voters\n\"a\nb\",1\n\"a\nb\",2\n")
        let run = sbo("frame", path)
        #expect(run.status == 65)
        #expect(run.errorOutput == "error: \(path):4: 'a\\nb' appears twice (lines 2 and 4); station ids must be unique\n")
        #expect(TerminalText.oneLine("x\u{7}y\r\t\u{2028}") == "x\\u{7}y\\r\\t\\u{2028}")
    }

    // With Excel's "sep=;" line first, the header is line 2, and the message says so.
    @Test func missingColumnNamesTheHeaderLine() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.write("frame.csv", "sep=;\nid;registered_voters\na;1\n")
        let run = sbo("frame", path)
        #expect(run.status == 65)
        #expect(run.errorOutput.hasPrefix("error: \(path):2: no column 'station_id' in the header"))
    }

    // Official counts near Int.max are summed without overflow.
    @Test func absurdOfficialCountsDoNotCrashCompare() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        dir.write("sample.csv", "station_id,stratum,stratum_size,role,order,inclusion_probability,weight\nA,all,2,primary,1,0.5,2.0\nB,all,2,primary,2,0.5,2.0\n")
        dir.write("obs.csv", "station_id,ballots_cast,registered_voters\nA,5,10\nB,6,10\n")
        dir.write("official.csv", "station_id,registered_voters,ballots_cast,votes_a\nA,9223372036854775807,9223372036854775807,1\nB,9223372036854775807,1,1\n")
        let run = sbo("compare", "--sample", dir.file("sample.csv"), "--observations", dir.file("obs.csv"), "--official", dir.file("official.csv"))
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(run.output.contains("turnout"))
    }
}
