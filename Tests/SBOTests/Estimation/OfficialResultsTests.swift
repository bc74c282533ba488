import Testing

@testable import SBO

/// `OfficialResults` reads ids and counts from the cells' bytes and looks for id problems row
/// by row only when there is one; these tests hold it to the string-by-string reading it
/// replaced, written out plainly here.
@Suite struct OfficialResultsTests {
    /// The problems the string-by-string reading finds, in its order: ids (blank, total line,
    /// repeated — each repeat against the row before with that id), then each count column.
    private static func expectedProblems(_ table: CSVTable) -> ObservationError? {
        var problems: [ObservationError] = []
        var rowOfID: [String: Int] = [:]
        for (row, raw) in table.columns[0].enumerated() {
            let id = raw.trimmingBlanks, line = table.lineNumbers[row]
            if id.isEmpty {
                problems.append(.emptyStation(source: table.source, line: line, column: "station_id"))
            } else if OfficialResults.isTotalLine(id: id) {
                problems.append(.notAStation(source: table.source, line: line, id: id))
            } else if let earlier = rowOfID.updateValue(row, forKey: id) {
                problems.append(.duplicateStation(
                    source: table.source, id: id, firstLine: table.lineNumbers[earlier], secondLine: line))
            }
        }
        for column in 1..<table.header.count {
            for (row, cell) in table.columns[column].enumerated() where CellValue.nonNegativeInteger(cell) == nil {
                let line = table.lineNumbers[row], name = table.header[column]
                problems.append(CellValue.isMissing(cell)
                    ? .missingOfficialValue(source: table.source, line: line, column: name)
                    : .notACount(source: table.source, line: line, column: name, value: cell.trimmingBlanks))
            }
        }
        return ObservationError.combined(problems, source: table.source)
    }

    private static func table(ids: [String], ballots: [String]? = nil) -> CSVTable {
        let ballots = ballots ?? ids.map { _ in "10" }
        return CSVTable(
            source: "o.csv", header: ["station_id", "ballots_cast", "registered_voters", "votes_a"],
            columns: [ids, ballots, ids.map { _ in "20" }, ids.map { _ in "5" }],
            lineNumbers: ids.indices.map { $0 + 2 })
    }

    /// Total lines in any letter case and padding, in the listed languages; ids that only
    /// contain such a word; blanks; an id three times; the Kelvin sign as a repeat of K.
    @Test func idProblemsAreTheStringReadingsProblems() {
        let cases: [[String]] = [
            ["1", " TOTAL ", "Grand Total", "grand  total", "SUM", "All", "\tTotals\t", "Total1", "2"],
            ["Итого", "ВСЕГО", "Cəmi", "CƏMI", "yekun", "Разом", "усього", "3"],
            ["A", "A", "B", "A", " ", "", "K", "\u{212A}", "C"],
            ["total\u{200B}", "\u{FEFF}Sum", "al", "totall", "x"],
        ]
        for ids in cases {
            let table = Self.table(ids: ids)
            let expected = Self.expectedProblems(table)
            #expect(expected != nil)
            #expect(throws: expected!) { try OfficialResults(table: table) }
        }
    }

    @Test func countProblemsAreListedWithTheIdProblems() {
        let table = Self.table(ids: ["1", "TOTAL", "1", "4"], ballots: ["NA", "x", "12.0", " 7 "])
        let expected = Self.expectedProblems(table)
        #expect(throws: expected!) { try OfficialResults(table: table) }
    }

    /// Clean ids: every station found by its id (padded, or by a canonically equal spelling),
    /// counts read as written.
    @Test func cleanResultsFindEveryStation() throws {
        let ids = ["S1", " S2", "Kelvin\u{212A}", "é1", "total-1"]
        let official = try OfficialResults(table: Self.table(ids: ids, ballots: ["1", "2.00", "3", "4", "5"]))
        #expect(official.ids == ids.map(\.trimmingBlanks))
        #expect(official.ballotsCast == [1, 2, 3, 4, 5])
        #expect(official.row(ofStation: "S2 ") == 1)
        #expect(official.row(ofStation: "KelvinK") == 2)
        #expect(official.row(ofStation: "e\u{301}1") == 3)
        #expect(official.row(ofStation: "S3") == nil)
    }
}
