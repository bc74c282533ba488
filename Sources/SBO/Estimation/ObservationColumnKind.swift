/// What an observation column holds (SPEC "Observation exports"), decided from its
/// non-missing cells (``CellValue/isMissing(_:)``) and the column's ``AnswerVocabulary``.
public enum ObservationColumnKind: Sendable, Equatable, Hashable {
    /// Every non-missing cell reads as yes/no, or at least half of them do and not all are
    /// counts (the others are then unreadable answers). A column with no answers at all is
    /// an indicator (its estimate is then "no answers").
    case indicator
    /// Every non-missing cell is a non-negative integer and at least one is not 0/1.
    /// `line` and `value` name the first cell that is not a yes/no answer.
    case count(line: Int, value: String)
    /// Fewer than half of the cells are yes/no and some cell is not a count: the column is
    /// not estimated. `line` and `value` name the first cell that is not a yes/no answer.
    case text(line: Int, value: String)

    /// The kind of a column from its cells (`lines` the physical line of each row).
    ///
    /// ```
    /// every answer yes/no                           → indicator
    /// else every answer a non-negative integer      → count
    /// else 2 · (yes/no answers) ≥ (answers)         → indicator
    /// else                                          → text
    /// ```
    public static func of(cells: [String], lines: [Int], vocabulary: AnswerVocabulary) -> ObservationColumnKind {
        of(cells: cells, lines: lines, readings: vocabulary.readings(of: cells))
    }

    /// The kind of a column whose cells' readings in its vocabulary are already known
    /// (``AnswerVocabulary/readings(of:)``), so that the reader reads each cell once.
    /// A cell that reads as yes/no is never missing, so only the others are checked.
    static func of(
        cells: some RandomAccessCollection<String>, lines: some RandomAccessCollection<Int>, readings: [Bool?]
    ) -> ObservationColumnKind {
        // Every cell read as yes/no (most columns): nothing else to look at.
        guard readings.contains(nil) else { return .indicator }
        var readable = 0, unreadable = 0, allCounts = true
        var firstOther: (line: Int, value: String)?
        for (row, (cellIndex, lineIndex)) in zip(cells.indices, lines.indices).enumerated() {
            guard readings[row] == nil else {
                readable += 1
                continue
            }
            let cell = cells[cellIndex]
            guard !CellValue.isMissing(cell) else { continue }
            unreadable += 1
            if firstOther == nil { firstOther = (lines[lineIndex], cell.trimmingBlanks) }
            if CellValue.nonNegativeInteger(cell) == nil { allCounts = false }
        }
        guard let firstOther else { return .indicator }
        if allCounts { return .count(line: firstOther.line, value: firstOther.value) }
        if readable >= unreadable { return .indicator }
        return .text(line: firstOther.line, value: firstOther.value)
    }
}
