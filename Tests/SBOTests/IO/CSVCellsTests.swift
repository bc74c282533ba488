import Testing
@testable import SBO

/// The table keeps the file's bytes and six bytes per cell: cells read as bytes and as strings
/// agree, whatever their quoting, and the row bound that sizes the storage is a true bound.
@Suite struct CSVCellsTests {
    static func parse(_ text: String, removingFormulaGuard: Bool = true) throws -> CSVTable {
        try CSVReader.parse(Array(text.utf8), source: "t.csv", removingFormulaGuard: removingFormulaGuard)
    }

    static func bytes(of table: CSVTable) -> [[[UInt8]]] {
        table.withCellBytes { cells in
            (0..<table.header.count).map { column in (0..<table.rowCount).map { Array(cells[$0, column]) } }
        }
    }

    @Test func bytesAndStringsAgree() throws {
        let text = "a,b,c\n\"x\"\"y\",'=1, \"q\" \n,,\n\n\"\",\"\"\"\",'\n\"two\nlines\",Zo\u{EB},\"\"\"\"\"\"\r\n"
        for guarding in [false, true] {
            let table = try Self.parse(text, removingFormulaGuard: guarding)
            let strings = table.columns.map(Array.init)
            #expect(strings == [["x\"y", "", "two\nlines"], [guarding ? "=1" : "'=1", "\"", "Zo\u{EB}"], [" \"q\" ", "'", "\"\""]])
            #expect(Self.bytes(of: table) == strings.map { $0.map { Array($0.utf8) } })
            #expect(table.lineNumbers == [2, 5, 6])
        }
    }

    /// A skipped record (only delimiters) takes back the cells it stored, plain or unescaped.
    @Test func skippedRecordsLeaveNoCells() throws {
        let table = try Self.parse("a,b\n\"1\"\"\",2\n,\n,,,\n3,\"4\"\"\"\n")
        #expect(table.columns.map(Array.init) == [["1\"", "3"], ["2", "4\""]])
        #expect(Self.bytes(of: table) == [[Array("1\"".utf8), [0x33]], [[0x32], Array("4\"".utf8)]])
    }

    /// Cells too long for a plain cell's count are copied aside, and read back the same.
    @Test func cellsAroundTheLongestPlainCell() throws {
        let long = [65_534, 65_535, 65_536].map { String(repeating: "x", count: $0) }
        let text = "a,b\n" + long.map { "\($0),\"\($0)\"\"\"\n" }.joined()
        let table = try Self.parse(text)
        #expect(table.columns.map(Array.init) == [long, long.map { $0 + "\"" }])
        #expect(Self.bytes(of: table) == [long.map { Array($0.utf8) }, long.map { Array(($0 + "\"").utf8) }])
    }

    @Test func storeGrowsAndShrinks() {
        let store = CSVCellStore(capacity: 0)
        for cell in 0..<1000 { store.append(start: UInt32(cell * 3), count: UInt16(cell % 7)) }
        store.removeLast(10)
        #expect(store.count == 990)
        #expect((0..<990).allSatisfy { store.starts[$0] == UInt32($0 * 3) && store.counts[$0] == UInt16($0 % 7) })
    }

    @Test func tablesBuiltFromStringsHoldTheirCells() {
        let columns = [["A1", "", "Gy\u{E9}m"], ["x", "\"y\"", "🗳️"]]
        let table = CSVTable(source: "s", header: ["id", "v"], columns: columns, lineNumbers: [2, 3, 5])
        #expect(table.columns.map(Array.init) == columns)
        #expect(Self.bytes(of: table) == columns.map { $0.map { Array($0.utf8) } })
        #expect(CSVTable(source: "s", header: [], columns: [], lineNumbers: [2]).rowCount == 1)
    }

    /// The bound is the file's lines (LF, CR and CRLF each one break) plus one, counted eight
    /// bytes at a time; checked against a byte-by-byte count with breaks at every offset.
    @Test func recordBoundCountsLines() {
        var random = SplitMix64(seed: 5)
        let pieces: [[UInt8]] = [[0x0A], [0x0D], [0x0D, 0x0A], [0x61], [0x61, 0x2C], [0x0A, 0x0D]]
        for length in 0..<80 {
            var text: [UInt8] = []
            while text.count < length { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            var lines = 1
            for (offset, byte) in text.enumerated() where byte == 0x0D || (byte == 0x0A && (offset == 0 || text[offset - 1] != 0x0D)) {
                lines += 1
            }
            for start in [0, min(1, text.count), text.count / 2] {
                let expected = start == 0 ? lines : 1 + text[start...].indices.filter { offset in
                    text[offset] == 0x0D || (text[offset] == 0x0A && (offset == start || text[offset - 1] != 0x0D))
                }.count
                #expect(text.withUnsafeBufferPointer { PhysicalLines.recordBound(in: $0, from: start) } == expected, "\(text)")
            }
        }
    }

    /// The LF count of any range, 64 bytes at a time with byte counters summed every 255
    /// blocks: against a byte-by-byte count, on short ranges at every offset and on ranges
    /// long enough to sum the counters several times (an LF in every byte included).
    @Test func lineFeedsCountsEveryLineFeed() {
        var random = SplitMix64(seed: 9)
        let short = (0..<300).map { _ in random.next() % 3 == 0 ? UInt8(0x0A) : UInt8(0x61) }
        let long = (0..<70_000).map { _ in random.next() % 5 == 0 ? UInt8(0x0A) : UInt8(0x2C) }
        let full = [UInt8](repeating: 0x0A, count: 40_000)
        for text in [short, long, full] {
            text.withUnsafeBufferPointer { buffer in
                for (start, end) in [(0, text.count), (1, text.count - 1), (text.count / 3, text.count / 3 + 130)]
                    + (0..<70).map({ ($0, $0 + 70) }) where end <= text.count {
                    #expect(PhysicalLines.lineFeeds(in: buffer, from: start, to: end) == text[start..<end].filter { $0 == 0x0A }.count)
                }
            }
        }
    }
}
