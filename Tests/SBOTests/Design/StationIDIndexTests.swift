import Foundation
import Testing
@testable import SBO

/// `StationIDIndex` finds a station's row as a `[String: Int]` of trimmed ids (first row
/// kept) would: in its byte tables for ASCII ids, with 1 to 16 buckets, repeats, blank ids
/// and lookups of absent ids; in a dictionary for other ids; and across the two (the Kelvin
/// sign is canonically K).
@Suite struct StationIDIndexTests {
    static func table(_ ids: [String]) -> CSVTable {
        CSVTable(source: "ids.csv", header: ["station_id"], columns: [ids], lineNumbers: Array(2..<(ids.count + 2)))
    }

    /// The first row of each trimmed id, and the first row repeating an earlier id.
    static func reference(_ ids: [String]) -> (rows: [String: Int], firstRepeat: (row: Int, earlier: Int)?) {
        var rows: [String: Int] = [:]
        var firstRepeat: (row: Int, earlier: Int)?
        for (row, id) in ids.enumerated() {
            let key = id.trimmingBlanks
            guard !key.isEmpty else { continue }
            if let earlier = rows[key] {
                if firstRepeat == nil { firstRepeat = (row, earlier) }
            } else {
                rows[key] = row
            }
        }
        return (rows, firstRepeat)
    }

    /// Random ids "S" + a number below `range`, some padded with blanks, some blank.
    static func randomIDs(count: Int, range: UInt64, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            switch random.next() % 50 {
            case 0: return " \t"
            case 1: return "  S\(random.next() % range)\t"
            default: return "S\(random.next() % range)"
            }
        }
    }

    static func check(_ ids: [String], queries: [String]) {
        let index = StationIDIndex(table: table(ids), column: 0)
        let expected = reference(ids)
        #expect(index.firstRepeat?.row == expected.firstRepeat?.row)
        #expect(index.firstRepeat?.earlier == expected.firstRepeat?.earlier)
        for query in queries {
            #expect(index.row(of: query) == expected.rows[query.trimmingBlanks], "\(query)")
        }
    }

    @Test(arguments: [(50, 1_000_000), (9_000, 20_000), (70_000, 10_000_000)])
    func asciiIDsAsADictionary(count: Int, range: Int) {
        let ids = Self.randomIDs(count: count, range: UInt64(range), seed: UInt64(count))
        let queries = ids + (0..<200).map { "S\(range + $0)" } + ["", " ", "s1"]
        Self.check(ids, queries: queries)
    }

    @Test func distinctIDsHaveNoRepeat() {
        let ids = (0..<20_000).map { "PS-\($0)" }
        let index = StationIDIndex(table: Self.table(ids), column: 0)
        #expect(index.firstRepeat == nil)
        #expect(index.row(of: " PS-19999 ") == 19_999)
        #expect(index.row(of: "PS-20000") == nil)
    }

    @Test func nonASCIIIDsCompareByCanonicalEquivalence() {
        // é as one code point and as e + combining acute accent: one id.
        let ids = ["Gəncə-1", "Caf\u{E9}", "Gəncə-2", "Cafe\u{301}", "Bakı"]
        let index = StationIDIndex(table: Self.table(ids), column: 0)
        #expect(index.firstRepeat?.row == 3 && index.firstRepeat?.earlier == 1)
        #expect(index.row(of: "Cafe\u{301}") == 1)
        #expect(index.row(of: " Bakı") == 4)
        #expect(index.row(of: "Baki") == nil)
    }

    @Test func aNonASCIIQueryFindsTheASCIIIdItIsEquivalentTo() {
        let index = StationIDIndex(table: Self.table(["K-1", "A-2"]), column: 0)
        #expect(index.row(of: "\u{212A}-1") == 0)  // KELVIN SIGN
        #expect(index.row(of: "\u{212B}-2") == nil)  // ANGSTROM SIGN is Å, not A
        #expect("\u{212A}-1" == "K-1")
    }

    @Test func aCellIsFoundAtTheExpectedRowOrByLookup() {
        let sample = Self.table(["A", "B", "C", "B"])
        let export = Self.table(["B", " C", "Z", "\u{212A}"])
        let index = StationIDIndex(table: sample, column: 0)
        let rows = export.withCellBytes { cells in
            sample.withCellBytes { sampleCells in
                [(0, 1), (1, 2), (2, 0), (3, 0), (0, 3)].map { row, expected in
                    index.row(ofCell: cells[row, 0], expected: expected, cells: sampleCells)
                }
            }
        }
        // Row 3 repeats B: the index answers with B's first row, 1.
        #expect(rows == [1, 2, nil, nil, 1])
    }
}
