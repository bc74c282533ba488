import Foundation
import Testing
@testable import SBO

private func parse(_ text: String) throws(CSVError) -> CSVTable {
    try CSVReader.parse(Array(text.utf8), source: "t.csv")
}

private func parse(bytes: [UInt8]) throws(CSVError) -> CSVTable {
    try CSVReader.parse(bytes, source: "t.csv")
}

@Suite struct CSVReaderTests {
    // MARK: Basic shape

    @Test func readsHeaderColumnsAndLineNumbers() throws {
        let table = try parse("station_id,region\nA1,North\nA2,South\n")
        #expect(table.source == "t.csv")
        #expect(table.header == ["station_id", "region"])
        #expect(table.columns.map(Array.init) == [["A1", "A2"], ["North", "South"]])
        #expect(table.lineNumbers == [2, 3])
        #expect(table.headerLineNumber == 1)
        #expect(table.rowCount == 2)
        #expect(table.columnIndex("region") == 1)
        #expect(table.column("station_id") == ["A1", "A2"])
        #expect(table.column("Region") == nil)
    }

    @Test func trimsHeaderNamesButNotCells() throws {
        let table = try parse(" station_id \t, region\n A1 ,x\n")
        #expect(table.header == ["station_id", "region"])
        #expect(table.columns.map(Array.init) == [[" A1 "], ["x"]])
    }

    @Test func headerOnlyGivesZeroRows() throws {
        for text in ["a,b", "a,b\n", "a,b\r\n\r\n"] {
            let table = try parse(text)
            #expect(table.header == ["a", "b"])
            #expect(table.rowCount == 0)
            #expect(table.columns.map(Array.init) == [[], []])
        }
    }

    @Test func emptyFilesHaveNoHeader() {
        let cases: [[UInt8]] = [[], [0xEF, 0xBB, 0xBF], Array("\n\r\n\r".utf8), Array(",,,\n,,\n".utf8)]
        for bytes in cases {
            #expect(throws: CSVError.missingHeader(source: "t.csv")) { try parse(bytes: bytes) }
        }
        #expect(CSVError.missingHeader(source: "t.csv").description
            == "t.csv:1: the file is empty or holds only blank lines; its first line must be a header row naming the columns")
    }

    // MARK: Encoding

    @Test func byteOrderMarkIsSkipped() throws {
        let table = try parse(bytes: [0xEF, 0xBB, 0xBF] + Array("id,n\nx,1\n".utf8))
        #expect(table.header == ["id", "n"])
        #expect(table.lineNumbers == [2])
    }

    @Test func utf16IsRecognisedWithOrWithoutMark() {
        let text = "station_id,region\nA1,North\n"
        let littleEndian = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian = text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [[0xFF, 0xFE] + littleEndian, [0xFE, 0xFF] + bigEndian, littleEndian, bigEndian] {
            #expect(throws: CSVError.utf16(source: "t.csv")) { try parse(bytes: bytes) }
        }
        #expect(CSVError.utf16(source: "t.csv").description.contains("save it as UTF-8"))
        #expect(CSVError.utf16(source: "t.csv").kind == .badData)
    }

    @Test func nulBytesAreNamedByLine() {
        let bytes = Array("a,b\n1,2\r\n3,".utf8) + [0] + Array("4\n".utf8)
        #expect(throws: CSVError.nulByte(source: "t.csv", line: 3)) { try parse(bytes: bytes) }
    }

    @Test func invalidUTF8IsNamedByLine() {
        // Latin-1 "é" (E9), a lone continuation byte, an overlong "/" (C0 AF), a surrogate
        // (ED A0 80), a sequence cut off at the end of the file.
        let bad: [[UInt8]] = [[0xE9, 0x41], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF0, 0x9F, 0x98]]
        for sequence in bad {
            let bytes = Array("a,b\rx,y\r\nz,".utf8) + sequence
            #expect(throws: CSVError.invalidUTF8(source: "t.csv", line: 3)) { try parse(bytes: bytes) }
        }
    }

    @Test func nonASCIITextIsKept() throws {
        let table = try parse("région,név\nÎle-de-France,Zoë 🗳️\n")
        #expect(table.header == ["région", "név"])
        #expect(table.columns.map(Array.init) == [["Île-de-France"], ["Zoë 🗳️"]])
    }

    // MARK: Delimiters

    @Test func delimiterIsDetectedFromTheHeader() throws {
        #expect(try parse("a;b;c\n1;2,5;3\n").columns.map(Array.init) == [["1"], ["2,5"], ["3"]])
        #expect(try parse("a\tb\n1\t2;3\n").columns.map(Array.init) == [["1"], ["2;3"]])
        // A tie goes to the comma.
        #expect(try parse("a,b;c\n1,2;3\n").header == ["a", "b;c"])
        // Delimiters inside quotes do not count: one comma against two quoted semicolons.
        #expect(try parse("\"a;b;c\",d\n1,2\n").header == ["a;b;c", "d"])
        // No delimiter at all: a single column.
        #expect(try parse("station_id\nA1\n").columns.map(Array.init) == [["A1"]])
        // Detection starts at the first non-blank line.
        #expect(try parse("\n\na;b\n1;2\n").header == ["a", "b"])
    }

    @Test func excelSeparatorLineSetsTheDelimiter() throws {
        let table = try parse("sep=;\r\na;b,c\r\n1;2,5\r\n")
        #expect(table.header == ["a", "b,c"])
        #expect(table.columns.map(Array.init) == [["1"], ["2,5"]])
        #expect(table.headerLineNumber == 2)
        #expect(table.lineNumbers == [3])
        #expect(try parse("sep=\t\na\tb\n1\t2").columns.map(Array.init) == [["1"], ["2"]])
        // Not a directive: another character, or more text on the line.
        #expect(try parse("sep=|\n1\n").header == ["sep=|"])
        #expect(try parse("sep=,x\n1,2\n").header == ["sep=", "x"])
    }

    @Test func excelSemicolonExportWithDecimalCommas() throws {
        // Excel in a French or German locale: BOM, semicolons, decimal commas, CRLF.
        let bytes = [0xEF, 0xBB, 0xBF] + Array("stratum;proportion\r\nNord;0,45\r\nSud;0,5\r\n".utf8)
        let table = try parse(bytes: bytes)
        #expect(table.header == ["stratum", "proportion"])
        #expect(table.column("proportion") == ["0,45", "0,5"])
        #expect(table.column("proportion")?.compactMap(CellValue.number) == [0.45, 0.5])
    }

    // MARK: Quoting

    @Test func quotedFieldsHoldDelimitersQuotesAndNewlines() throws {
        let table = try parse("id,note\n1,\"a, \"\"b\"\"\nc\"\n2,\"x\r\ny\"\n3,\"\"\n")
        #expect(table.column("note") == ["a, \"b\"\nc", "x\r\ny", ""])
        #expect(table.lineNumbers == [2, 4, 6])
    }

    @Test func quotesEverywhere() throws {
        let table = try parse("\"a\",\"b\"\n\"\"\"\"\"\",\"\"\n\"\"\"\",\"\"\"x\"\"\"\n")
        #expect(table.header == ["a", "b"])
        #expect(table.columns.map(Array.init) == [["\"\"", "\""], ["", "\"x\""]])
    }

    @Test func strayQuoteInBareFieldIsText() throws {
        let table = try parse("item,size\nscreen,15\" wide\nx,a\"b\"c\n")
        #expect(table.column("size") == ["15\" wide", "a\"b\"c"])
    }

    @Test func spacesAfterClosingQuoteAreIgnored() throws {
        #expect(try parse("a,b\n\"x\"  ,\"y\" \n").columns.map(Array.init) == [["x"], ["y"]])
    }

    @Test func textAfterClosingQuoteIsAnError() {
        #expect(throws: CSVError.textAfterClosingQuote(source: "t.csv", line: 3, column: 2)) {
            try parse("a,b\n1,2\n3,\"he said \"hi\" twice\"\n")
        }
        #expect(CSVError.textAfterClosingQuote(source: "t.csv", line: 3, column: 2).description
            == "t.csv:3: field 2 has text after its closing quote; quote the whole field and write a quote inside it as \"\"")
    }

    @Test func unterminatedQuoteNamesTheLineWhereItOpened() {
        #expect(throws: CSVError.unterminatedQuote(source: "t.csv", line: 3)) {
            try parse("a,b\n1,2\n3,\"open\n4,5\n6,7\n")
        }
        #expect(throws: CSVError.unterminatedQuote(source: "t.csv", line: 1)) { try parse("\"a") }
    }

    // MARK: Line endings and blank lines

    @Test func mixedLineEndingsAreNumberedLikeAnEditor() throws {
        let table = try parse("a,b\r\n1,2\n3,4\r5,6\r\n\r\n7,8")
        #expect(table.columns.map(Array.init) == [["1", "3", "5", "7"], ["2", "4", "6", "8"]])
        #expect(table.lineNumbers == [2, 3, 4, 6])
    }

    @Test func crlfWithFinalLineLackingNewline() throws {
        let table = try parse("a,b\r\n1,2\r\n3,4")
        #expect(table.columns.map(Array.init) == [["1", "3"], ["2", "4"]])
        #expect(table.lineNumbers == [2, 3])
    }

    @Test func blankAndDelimiterOnlyRowsAreSkipped() throws {
        let table = try parse("\n\na,b,c\n\n1,2,3\n,,\n\r\n4,5,6\n,,,,\n")
        #expect(table.headerLineNumber == 3)
        #expect(table.columns.map(Array.init) == [["1", "4"], ["2", "5"], ["3", "6"]])
        #expect(table.lineNumbers == [5, 8])
    }

    @Test func quotedEmptyFieldIsARow() throws {
        let table = try parse("a\n\"\"\n\nx\n")
        #expect(table.column("a") == ["", "x"])
        #expect(table.lineNumbers == [2, 4])
    }

    // MARK: Field counts

    @Test func rowWithTooFewFieldsIsAnError() {
        #expect(throws: CSVError.fieldCount(source: "t.csv", line: 3, expected: 3, found: 2, delimiter: 44)) {
            try parse("a,b,c\n1,2,3\n4,5\n")
        }
        #expect(CSVError.fieldCount(source: "t.csv", line: 3, expected: 3, found: 2, delimiter: 59).description
            == "t.csv:3: the row has 2 fields but the header has 3; the delimiter is a semicolon,"
            + " so a field that contains it must be quoted (\"...\")")
    }

    /// Every row with another field count, in one run, by both readers (LF: the plain one;
    /// CRLF and a quote: the general one); a blank row between them is still skipped.
    @Test func everyRowWithAnotherFieldCountIsListed() {
        for (text, delimiter) in [("a,b,c\n1,2,3\n4,5\n\n6\n7,8,9,x\n", UInt8(ascii: ",")),
                                  ("a;b;c\r\n1;2;3\r\n4;5\r\n\r\n6\r\n\"7\";8;9;x\r\n", UInt8(ascii: ";"))] {
            #expect(throws: CSVError.several(source: "t.csv", problems: [
                .fieldCount(source: "t.csv", line: 3, expected: 3, found: 2, delimiter: delimiter),
                .fieldCount(source: "t.csv", line: 5, expected: 3, found: 1, delimiter: delimiter),
                .fieldCount(source: "t.csv", line: 6, expected: 3, found: 4, delimiter: delimiter),
            ])) {
                try parse(text)
            }
        }
        let error = CSVError.several(
            source: "t.csv", problems: (2...23).map { .fieldCount(source: "t.csv", line: $0, expected: 2, found: 1, delimiter: 44) })
        #expect(error.description == "t.csv: 22 problems (each listed below)")
        #expect(error.detailLines.count == 21 && error.detailLines.last == "and 2 more")
        #expect(error.detailLines[0].hasPrefix("t.csv:2: the row has 1 field but the header has 2;"))
    }

    /// A quote left open ends the read; the ragged rows before it are listed with it.
    @Test func raggedRowsAreListedWithTheGrammarErrorThatEndsTheRead() {
        #expect(throws: CSVError.several(source: "t.csv", problems: [
            .fieldCount(source: "t.csv", line: 3, expected: 2, found: 1, delimiter: 44),
            .unterminatedQuote(source: "t.csv", line: 4),
        ])) {
            try parse("a,b\n1,2\n3\n\"4,5\n6,7\n")
        }
        #expect(throws: CSVError.unterminatedQuote(source: "t.csv", line: 3)) { try parse("a,b\n1,2\n\"3,4\n") }
    }

    @Test func rowWithExtraTextIsAnError() {
        #expect(throws: CSVError.fieldCount(source: "t.csv", line: 2, expected: 2, found: 3, delimiter: 59)) {
            try parse("a;b\n1;2,5;3\n")
        }
        #expect(throws: CSVError.fieldCount(source: "t.csv", line: 2, expected: 2, found: 4, delimiter: 44)) {
            try parse("a,b\n1,2,,x\n")
        }
    }

    /// A plain file of at least `CSVParser.parallelBytes` is read in two halves at once; the
    /// table (cells, line numbers) and the errors are those of the general grammar on the same
    /// text with CRLF breaks — with blank lines in the first half (the second half's cells are
    /// moved down), rows with another field count in both halves, a cell of 70,000 bytes in
    /// the second half (read again on one thread), formula guards, with and without a final
    /// line break.
    @Test(arguments: 0..<6)
    func largePlainFilesReadInHalvesAsTheGeneralGrammarReadsThem(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let pieces = ["", "1", "0", "yes", "'=SUM(A1)", " x ", "S-0000001", "é", String(repeating: "w", count: 20)]
        let columns = 3 + seed % 3
        var lines = [(0..<columns).map { "c\($0)" }.joined(separator: ",")]
        let rows = 60_000
        var blanks = 0, raggedRows = 0
        for row in 0..<rows {
            let blank = seed % 2 == 0 && row % 997 == 5 && row < rows / 2
            let ragged = seed % 3 == 1 && row % 5_003 == 7
            blanks += blank ? 1 : 0
            raggedRows += ragged ? 1 : 0
            if blank { lines.append(""); continue }
            var fields = (0..<(ragged ? columns - 1 : columns)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
            if seed == 3 && row == rows * 3 / 4 { fields[0] = String(repeating: "L", count: 70_000) }
            lines.append(fields.joined(separator: ","))
        }
        let final = seed % 2 == 0 ? "\n" : ""
        let plain = lines.joined(separator: "\n") + final
        let general = lines.joined(separator: "\r\n") + (final.isEmpty ? "" : "\r\n")
        #expect(plain.utf8.count >= CSVParser.parallelBytes)
        let a = Result { () throws(CSVError) in try CSVReader.parse(Array(plain.utf8), source: "t.csv") }
        let b = Result { () throws(CSVError) in try CSVReader.parse(Array(general.utf8), source: "t.csv") }
        switch (a, b) {
        case let (.success(x), .success(y)):
            #expect(seed % 3 != 1)
            // Rows of empty fields alone are skipped too, as delimiter-only lines.
            #expect(x.rowCount == y.rowCount && x.rowCount <= rows - blanks && x.rowCount > rows * 9 / 10)
            #expect(x.columns.map(Array.init) == y.columns.map(Array.init))
            #expect(x.lineNumbers == y.lineNumbers)
        case let (.failure(x), .failure(y)):
            #expect(seed % 3 == 1)
            #expect(x == y)
            #expect(x.detailLines.count == raggedRows, "\(x.description)")
        default:
            Issue.record("one read failed, the other did not: \(a), \(b)")
        }
    }

    /// Files without quotes or CRs take the plain reader (`CSVParser.readPlainRecords`); the
    /// same text with CRLF line breaks takes the general one. Both give the same table, or the
    /// same error, on random rows: blank and delimiter-only lines, empty fields, trailing and
    /// extra fields, formula guards, long fields, with and without a final line break.
    @Test(arguments: 0..<40)
    func plainFilesReadAsTheGeneralGrammarReadsThem(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        let pieces = ["", "", "1", "0", "yes", "'=SUM(A1)", "''+1", " x ", "S-0000001", "é", String(repeating: "w", count: 20)]
        let delimiter = [",", ";", "\t"][seed % 3]
        let columns = 1 + Int(random.next() % 5)
        var lines = [(0..<columns).map { "c\($0)" }.joined(separator: delimiter)]
        for _ in 0..<Int(random.next() % 30) {
            switch random.next() % 12 {
            case 0: lines.append("")
            case 1: lines.append(String(repeating: delimiter, count: Int(random.next() % 4)))
            default:
                // Mostly the header's count; sometimes one fewer or extra (empty or not).
                let count = max(1, columns + [0, 0, 0, 0, 0, 0, -1, 1, 2][Int(random.next() % 9)])
                lines.append((0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined(separator: delimiter))
            }
        }
        let final = random.next() % 2 == 0 ? "\n" : ""
        let plain = lines.joined(separator: "\n") + final
        let general = lines.joined(separator: "\r\n") + (final.isEmpty ? "" : "\r\n")
        for guardRemoved in [true, false] {
            let a = Result { () throws(CSVError) in try CSVReader.parse(Array(plain.utf8), source: "t.csv", removingFormulaGuard: guardRemoved) }
            let b = Result { () throws(CSVError) in try CSVReader.parse(Array(general.utf8), source: "t.csv", removingFormulaGuard: guardRemoved) }
            switch (a, b) {
            case let (.success(x), .success(y)):
                #expect(x.header == y.header && x.headerLineNumber == y.headerLineNumber, "\(plain)")
                #expect(x.columns.map(Array.init) == y.columns.map(Array.init), "\(plain)")
                #expect(x.lineNumbers == y.lineNumbers, "\(plain)")
            case let (.failure(x), .failure(y)):
                #expect(x == y, "\(plain)")
            default:
                Issue.record("one read failed, the other did not: \(a), \(b) for \(plain)")
            }
        }
    }

    @Test func trailingEmptyFieldsAreTolerated() throws {
        // Spreadsheets add trailing delimiters to the header and to rows.
        let table = try parse("a,b,c,,\n1,2,3,,\n4,5,6\n7,8,9,\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.columns.map(Array.init) == [["1", "4", "7"], ["2", "5", "8"], ["3", "6", "9"]])
    }

    // MARK: Header names

    @Test func duplicateHeaderNamesNameBothColumns() {
        #expect(throws: CSVError.duplicateColumn(source: "t.csv", line: 2, name: "id", first: 1, second: 3)) {
            try parse("\nid,x, id \n")
        }
        #expect(CSVError.duplicateColumn(source: "t.csv", line: 2, name: "id", first: 1, second: 3).description
            == "t.csv:2: header columns 1 and 3 are both named \"id\"; rename one of them")
    }

    @Test func unnamedHeaderColumnIsAnError() {
        #expect(throws: CSVError.unnamedColumn(source: "t.csv", line: 1, column: 2)) { try parse("a, ,c\n1,2,3\n") }
        #expect(throws: CSVError.unnamedColumn(source: "t.csv", line: 1, column: 1)) { try parse("\"\",\"\"\n") }
    }

    @Test func requiredColumnSuggestsTheClosestName() throws {
        let table = try parse("Station_ID,region\nA1,x\n")
        #expect(table.closestColumnName(to: "station_id") == "Station_ID")
        #expect(throws: CSVError.missingColumn(source: "t.csv", line: 1, name: "station_id", suggestion: "Station_ID")) {
            try table.requiredColumn("station_id")
        }
        #expect(CSVError.missingColumn(source: "t.csv", line: 1, name: "station_id", suggestion: "Station_ID").description
            == "t.csv:1: there is no column named \"station_id\" (did you mean \"Station_ID\"?); rename the column or name another one")
        #expect(try table.requiredColumn("region") == ["x"])
    }

    // MARK: Formula guard

    @Test func formulaGuardApostropheIsRemoved() throws {
        let table = try parse("a\n'=SUM(A1)\n'-x\n'+1\n'@foo\n'abc\n'\n''=x\n\"'=1,2\"\nit's\n")
        #expect(table.column("a") == ["=SUM(A1)", "-x", "+1", "@foo", "'abc", "'", "'=x", "=1,2", "it's"])
    }

    // MARK: Hostile inputs

    @Test func hugeFieldOfTenMegabytes() throws {
        let big = String(repeating: "abcdefghij", count: 1_000_000)
        let quoted = try parse("a,b\n\"\(big)\",1\n")
        #expect(quoted.columns[0][0].utf8.count == 10_000_000)
        let bare = try parse("a,b\n\(big),1\n")
        #expect(bare.columns[0][0] == big)
        #expect(Array(bare.columns[1]) == ["1"])
    }

    @Test func hundredThousandColumns() throws {
        let names = (0..<100_000).map { "c\($0)" }
        let values = (0..<100_000).map { String($0) }
        let text = names.joined(separator: ",") + "\n" + values.joined(separator: ",") + "\n"
        let table = try parse(text)
        #expect(table.header.count == 100_000)
        #expect(table.columns.count == 100_000)
        #expect(table.column("c99999") == ["99999"])
    }

    @Test func onlyDelimitersAndQuotes() {
        #expect(throws: CSVError.missingHeader(source: "t.csv")) { try parse(";;;;\n") }
        #expect(throws: CSVError.unterminatedQuote(source: "t.csv", line: 1)) { try parse("\"\"\"") }
        #expect(throws: CSVError.textAfterClosingQuote(source: "t.csv", line: 1, column: 1)) { try parse("\"\"x") }
    }

    // MARK: Files

    @Test func readsAFileAndNamesItInErrors() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let path = directory.path + "/frame.csv"
        try Data("id,n\nA,1\nB\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: CSVError.fieldCount(source: path, line: 3, expected: 2, found: 1, delimiter: 44)) {
            try CSVReader.read(path: path)
        }
        try Data("id,n\nA,1\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try CSVReader.read(path: path).columns.map(Array.init) == [["A"], ["1"]])
    }

    @Test func unreadableFilesAreReportedAsSuch() throws {
        let directory = try IOTestDirectory()
        defer { directory.remove() }
        let missing = directory.path + "/missing.csv"
        #expect(throws: CSVError.unreadable(source: missing, reason: "No such file or directory")) {
            try CSVReader.read(path: missing)
        }
        #expect(throws: CSVError.unreadable(source: directory.path, reason: "it is a directory")) {
            try CSVReader.read(path: directory.path)
        }
        let error = CSVError.unreadable(source: missing, reason: "No such file or directory")
        #expect(error.kind == .unreadableInput)
        #expect(error.description == "\(missing): cannot read the file (No such file or directory); check the path and its permissions")
    }
}
