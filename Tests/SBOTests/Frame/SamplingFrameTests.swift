import Testing
@testable import SBO

/// The frame's ids and strata are told apart by bytes (ASCII ids, every stratum value) and by
/// canonical equivalence where Unicode allows two spellings; each check reports the problem of
/// the first row that has one, as reading the rows one by one as strings did.
@Suite struct SamplingFrameTests {
    static func frame(_ text: String) throws(FrameError) -> SamplingFrame {
        // Only frame errors are tested here: the CSV is always well formed.
        try SamplingFrame(table: try! SamplingFrame.table(parsing: Array(text.utf8), source: "f.csv"))
    }

    @Test func duplicateIdsAreFoundAfterTrimming() throws {
        #expect(throws: FrameError.duplicateIdentifier(source: "f.csv", id: "\tB ", firstLine: 3, secondLine: 5)) {
            try Self.frame("station_id\nA\nB\nC\n\tB \nA\n")
        }
        #expect(throws: FrameError.emptyIdentifier(source: "f.csv", line: 4, column: "station_id")) {
            try Self.frame("station_id\nA\nB\n \nA\n")
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
        #expect(throws: FrameError.duplicateIdentifier(source: "f.csv", id: "B", firstLine: 3, secondLine: 5)) {
            try Self.frame("station_id\nA\nB\n\u{E9}\nB\ne\u{301}\n")
        }
        #expect(try Self.frame("station_id\nGy\u{E9}m\nGyem\n K \n").stationCount == 3)
    }

    @Test func strataAreGroupedByTheirTrimmedBytes() throws {
        let frame = try Self.frame("station_id,region\n1,North\n2,South \n3,\tNorth\n4,Zo\u{EB}\n5,South\n6, \u{301}x\n")
        let strata = try frame.stratification(by: "region")
        #expect(strata.names == [" \u{301}x", "North", "South", "Zo\u{EB}"])
        #expect(strata.members == [[5], [0, 2], [1, 4], [3]])
    }

    /// The first row with a problem decides which problem is reported.
    @Test func strataProblemsAreReportedAtTheirFirstRow() throws {
        let variants = try Self.frame("station_id,region\n1,B\n2,Gy\u{E9}m\n3,B\n4,Gye\u{301}m\n5,\n6,A\n")
        #expect(throws: FrameError.unicodeVariants(source: "f.csv", column: "region", value: "Gye\u{301}m", firstLine: 3, secondLine: 5)) {
            try variants.stratification(by: "region")
        }
        let empty = try Self.frame("station_id,region\n1,B\n2,Gy\u{E9}m\n3, \n4,Gye\u{301}m\n")
        #expect(throws: FrameError.emptyStratum(source: "f.csv", line: 4, column: "region")) {
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
