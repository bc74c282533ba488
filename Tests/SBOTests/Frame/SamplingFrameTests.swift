import Testing
@testable import SBO

/// The frame's ids and strata are told apart by bytes (ASCII ids, every stratum value) and by
/// canonical equivalence where Unicode allows two spellings; each check reports every problem,
/// in the order of their lines (SPEC: every check reports all of its findings in one run).
@Suite struct SamplingFrameTests {
    static func frame(_ text: String) throws(FrameError) -> SamplingFrame {
        // Only frame errors are tested here: the CSV is always well formed.
        try SamplingFrame(table: try! SamplingFrame.table(parsing: Array(text.utf8), source: "f.csv"))
    }

    @Test func duplicateIdsAreFoundAfterTrimming() throws {
        #expect(throws: FrameError.several(source: "f.csv", problems: [
            .duplicateIdentifier(source: "f.csv", id: "\tB ", firstLine: 3, secondLine: 5),
            .duplicateIdentifier(source: "f.csv", id: "A", firstLine: 2, secondLine: 6),
        ])) {
            try Self.frame("station_id\nA\nB\nC\n\tB \nA\n")
        }
        // A third row of an id is reported against its first.
        #expect(throws: FrameError.several(source: "f.csv", problems: [
            .emptyIdentifier(source: "f.csv", line: 4, column: "station_id"),
            .duplicateIdentifier(source: "f.csv", id: "A", firstLine: 2, secondLine: 5),
            .duplicateIdentifier(source: "f.csv", id: "A", firstLine: 2, secondLine: 6),
        ])) {
            try Self.frame("station_id\nA\nB\n \nA\nA\n")
        }
        #expect(throws: FrameError.emptyIdentifier(source: "f.csv", line: 4, column: "station_id")) {
            try Self.frame("station_id\nA\nB\n \n")
        }
        let ids = (0..<50_000).map { "ID-\($0)" }
        #expect(try Self.frame("station_id\n" + ids.joined(separator: "\n") + "\n").stationCount == 50_000)
        #expect(throws: FrameError.duplicateIdentifier(source: "f.csv", id: "ID-17", firstLine: 19, secondLine: 50_002)) {
            try Self.frame("station_id\n" + (ids + ["ID-17"]).joined(separator: "\n") + "\n")
        }
    }

    /// Canonically equivalent ids stay an error, however the rest of the frame is spelt: é in
    /// two spellings, and the Kelvin sign K (U+212A), whose canonical form is the ASCII K.
    @Test func canonicallyEquivalentIdsAreAnError() throws {
        #expect(throws: FrameError.unicodeVariants(source: "f.csv", column: "station_id", value: "Gye\u{301}m", firstLine: 3, secondLine: 4)) {
            try Self.frame("station_id\nA\nGy\u{E9}m\nGye\u{301}m\n")
        }
        #expect(throws: FrameError.unicodeVariants(source: "f.csv", column: "station_id", value: "\u{212A}1", firstLine: 2, secondLine: 4)) {
            try Self.frame("station_id\nK1\nB\n\u{212A}1\n")
        }
        // An ASCII duplicate before the first non-ASCII id is found as such, one after it too.
        #expect(throws: FrameError.duplicateIdentifier(source: "f.csv", id: "A", firstLine: 2, secondLine: 3)) {
            try Self.frame("station_id\nA\nA\n\u{E9}\n")
        }
        #expect(throws: FrameError.several(source: "f.csv", problems: [
            .duplicateIdentifier(source: "f.csv", id: "B", firstLine: 3, secondLine: 5),
            .unicodeVariants(source: "f.csv", column: "station_id", value: "e\u{301}", firstLine: 4, secondLine: 6),
        ])) {
            try Self.frame("station_id\nA\nB\n\u{E9}\nB\ne\u{301}\n")
        }
        #expect(try Self.frame("station_id\nGy\u{E9}m\nGyem\n K \n").stationCount == 3)
    }

    /// Every size that is not a whole number from 0 to a billion is listed, beside the ids'
    /// problems, in line order; the error prints the first 20, then how many more.
    @Test func everySizeProblemIsListedWithTheIds() throws {
        #expect(throws: FrameError.several(source: "f.csv", problems: [
            .invalidSize(source: "f.csv", line: 3, column: "registered_voters", value: "abc"),
            .duplicateIdentifier(source: "f.csv", id: "A", firstLine: 2, secondLine: 4),
            .sizeTooLarge(source: "f.csv", line: 5, column: "registered_voters", value: "8000000000"),
            .invalidSize(source: "f.csv", line: 6, column: "registered_voters", value: "-3"),
        ])) {
            try Self.frame("station_id,registered_voters\nA,10\nB,abc\nA,5\nC,8000000000\nD,-3\n")
        }
        let rows = (1...25).map { "S\($0),x" }
        do {
            _ = try Self.frame("station_id,registered_voters\n" + rows.joined(separator: "\n") + "\n")
            Issue.record("25 bad sizes were accepted")
        } catch {
            #expect(error.description == "f.csv: 25 problems (each listed below)")
            #expect(error.detailLines.count == 21)
            #expect(error.detailLines.first == "f.csv:2: registered_voters must be a non-negative whole number, got 'x'")
            #expect(error.detailLines.last == "and 5 more")
        }
    }

    /// Stratified at init (`stratifyBy`), the frame lists the strata's problems with the ids'
    /// and the sizes', and gives the same stratification as stratifying afterwards.
    @Test func strataFormedAtInitAreListedWithTheOtherProblems() throws {
        let table = try SamplingFrame.table(
            parsing: Array("station_id,registered_voters,region\nA,10,x\nA,5,\nB,x,y\nC,7,\n".utf8), source: "f.csv")
        #expect(throws: FrameError.several(source: "f.csv", problems: [
            .duplicateIdentifier(source: "f.csv", id: "A", firstLine: 2, secondLine: 3),
            .emptyStratum(source: "f.csv", line: 3, column: "region"),
            .invalidSize(source: "f.csv", line: 4, column: "registered_voters", value: "x"),
            .emptyStratum(source: "f.csv", line: 5, column: "region"),
        ])) {
            try SamplingFrame(table: table, stratifyBy: "region")
        }
        #expect(throws: FrameError.missingColumn(source: "f.csv", line: 1, column: "regoin", option: "--stratify-by", suggestion: "region")) {
            try SamplingFrame(
                table: try SamplingFrame.table(parsing: Array("station_id,region\nA,x\n".utf8), source: "f.csv"),
                stratifyBy: "regoin")
        }
        let text = "station_id,registered_voters,region\nA,10,x\nB,5,y \nC,7,x\n"
        let valid = try SamplingFrame.table(parsing: Array(text.utf8), source: "f.csv")
        let preset = try SamplingFrame(table: valid, stratifyBy: "region")
        let later = try SamplingFrame(table: valid)
        #expect(preset.presetStratification?.column == "region" && later.presetStratification == nil)
        for column in ["region", "station_id"] {
            let (a, b) = (try preset.stratification(by: column), try later.stratification(by: column))
            #expect(a.names == b.names && a.members == b.members)
        }
        #expect(try preset.stratification(by: "region").names == ["x", "y"])
    }

    @Test func strataAreGroupedByTheirTrimmedBytes() throws {
        let frame = try Self.frame("station_id,region\n1,North\n2,South \n3,\tNorth\n4,Zo\u{EB}\n5,South\n6, \u{301}x\n")
        let strata = try frame.stratification(by: "region")
        #expect(strata.names == [" \u{301}x", "North", "South", "Zo\u{EB}"])
        #expect(strata.members == [[5], [0, 2], [1, 4], [3]])
    }

    /// Every empty stratum and every second spelling of a stratum's name, in line order; a
    /// spelling at the first row that uses it.
    @Test func strataProblemsAreAllReportedAtTheirRows() throws {
        let variants = try Self.frame("station_id,region\n1,B\n2,Gy\u{E9}m\n3,B\n4,Gye\u{301}m\n5,\n6,A\n7,Gye\u{301}m\n")
        #expect(throws: FrameError.several(source: "f.csv", problems: [
            .unicodeVariants(source: "f.csv", column: "region", value: "Gye\u{301}m", firstLine: 3, secondLine: 5),
            .emptyStratum(source: "f.csv", line: 6, column: "region"),
        ])) {
            try variants.stratification(by: "region")
        }
        let empty = try Self.frame("station_id,region\n1,B\n2,Gy\u{E9}m\n3, \n4,Gye\u{301}m\n5,\t\n")
        #expect(throws: FrameError.several(source: "f.csv", problems: [
            .emptyStratum(source: "f.csv", line: 4, column: "region"),
            .unicodeVariants(source: "f.csv", column: "region", value: "Gye\u{301}m", firstLine: 3, secondLine: 5),
            .emptyStratum(source: "f.csv", line: 6, column: "region"),
        ])) {
            try empty.stratification(by: "region")
        }
        let kelvin = try Self.frame("station_id,region\n1,x\n2,\u{212A}\n3,y\n4,K\n")
        #expect(throws: FrameError.unicodeVariants(source: "f.csv", column: "region", value: "K", firstLine: 3, secondLine: 5)) {
            try kelvin.stratification(by: "region")
        }
    }

    @Test func sizesAreReadAsCellValueReadsThem() throws {
        let frame = try Self.frame("station_id,registered_voters\n1,0\n2,007\n3, 12 \n4,12.00\n5,1000000000\n")
        #expect(frame.sizes == [0, 7, 12, 12, 1_000_000_000])
        #expect(throws: FrameError.sizeTooLarge(source: "f.csv", line: 2, column: "registered_voters", value: "1000000001")) {
            try Self.frame("station_id,registered_voters\n1,1000000001\n")
        }
        #expect(throws: FrameError.sizeTooLarge(source: "f.csv", line: 2, column: "registered_voters", value: "999999999999999999")) {
            try Self.frame("station_id,registered_voters\n1,999999999999999999\n")
        }
        for bad in ["-1", "1e3", "", "x", "99999999999999999999"] {
            #expect(throws: FrameError.invalidSize(source: "f.csv", line: 2, column: "registered_voters", value: bad)) {
                try Self.frame("station_id,registered_voters\n1,\(bad)\n")
            }
        }
    }
}
