import Testing
@testable import SBO

@Suite struct CSVWriterTests {
    private func text(_ writer: CSVWriter) -> String {
        String(decoding: writer.bytes, as: UTF8.self)
    }

    @Test func writesCommaSeparatedLinesWithRFC4180Quoting() {
        var writer = CSVWriter(header: ["id", "note"])
        writer.appendRow(["A1", "plain"])
        writer.appendRow(["A2", "a,b"])
        writer.appendRow(["A3", "say \"hi\""])
        writer.appendRow(["A4", "two\nlines"])
        writer.appendRow(["A5", "cr\ronly"])
        writer.appendRow(["A6", "semi;colon\ttab"])
        #expect(text(writer) == """
            id,note
            A1,plain
            A2,"a,b"
            A3,"say ""hi\"\"\"
            A4,"two
            lines"
            A5,"cr\ronly"
            A6,"semi;colon\ttab"

            """)
    }

    @Test func formulaGuardProtectsTextButNotNumbers() {
        var writer = CSVWriter(header: ["v"])
        for cell in ["=SUM(A1)", "-x", "@foo", "+", "-12", "+3.5", "-0.5e-3", "12", "'=x", "'-12", "a=b", "-", "'"] {
            writer.appendRow([cell])
        }
        #expect(text(writer) == """
            v
            '=SUM(A1)
            '-x
            '@foo
            '+
            -12
            +3.5
            -0.5e-3
            12
            ''=x
            ''-12
            a=b
            '-
            '

            """)
    }

    @Test func guardedCellThatNeedsQuotesIsQuotedAroundTheApostrophe() {
        var writer = CSVWriter(header: ["v"])
        writer.appendRow(["=HYPERLINK(\"http://x\",\"y\")"])
        #expect(text(writer) == "v\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n")
    }

    @Test func allEmptyRowIsNotWrittenAsABlankLine() {
        var writer = CSVWriter(header: ["a", "b"])
        writer.appendRow(["", ""])
        #expect(text(writer) == "a,b\n\"\",\n")
    }

    /// Cells a spreadsheet, a naive parser or a careless writer would mangle.
    private static let hostileCells: [String] = [
        "", " ", "  padded  ", "\"", "\"\"", "\"quoted\"", ",", ";", "\t", "\n", "\r", "\r\n", "\n\r",
        "a,b;c\td", "=1+1", "+1", "-1", "@SUM(A1)", "-x", "'", "''", "'=", "''=x", "'-12", "'abc",
        "=cmd|' /C calc'!A0", "\u{FEFF}bom", "NA", "N/A", ".", "-", "zoë 🗳️", "line1\nline2\r\nline3\rline4",
        "trailing,", ",leading", "\"a\"b", "5\" screen", String(repeating: "x,\"\n", count: 1000),
    ]

    @Test func readingWhatTheWriterWroteGivesBackTheSameCells() throws {
        let header = ["first", "second", "=third", "fourth;with semicolon"]
        var writer = CSVWriter(header: header)
        var rows: [[String]] = []
        let cells = Self.hostileCells
        for (index, cell) in cells.enumerated() {
            let row = [cell, cells[(index + 7) % cells.count], cells[(index * 5 + 3) % cells.count], "\(index)"]
            rows.append(row)
            writer.appendRow(row)
        }
        // Rows whose cells are all empty must survive too.
        rows.append(["", "", "", ""])
        writer.appendRow(["", "", "", ""])
        let table = try CSVReader.parse(writer.bytes, source: "round-trip.csv")
        #expect(table.header == header)
        #expect(table.rowCount == rows.count)
        for (column, _) in header.enumerated() {
            #expect(Array(table.columns[column]) == rows.map { $0[column] })
        }
    }

    @Test func singleColumnRoundTrip() throws {
        var writer = CSVWriter(header: ["only"])
        for cell in Self.hostileCells { writer.appendRow([cell]) }
        let table = try CSVReader.parse(writer.bytes, source: "round-trip.csv")
        #expect(table.column("only") == Self.hostileCells)
    }

    /// Issue 11: spreadsheets skip a leading TAB or CR and run the formula behind it (OWASP).
    @Test func tabAndCarriageReturnAreFormulaTriggers() throws {
        let cells = ["\t=1+2", "\r=cmd", "\t", "'\t=x", "\tplain"]
        for cell in cells { #expect(CSVWriter.needsFormulaGuard(cell), "\(cell.debugDescription)") }
        var writer = CSVWriter(header: ["c"])
        for cell in cells { writer.appendRow([cell]) }
        let back = try CSVReader.parse(writer.bytes, source: "t.csv")
        #expect(try back.requiredColumn("c") == cells)
        // Read as written (a frame), the guard stays.
        let asWritten = try CSVReader.parse(writer.bytes, source: "t.csv", removingFormulaGuard: false)
        #expect(try asWritten.requiredColumn("c")[0] == "'\t=1+2")
    }
}
