/// The physical line on which each data row of a ``CSVTable`` starts (`lineNumbers[r]`,
/// 1-based), for messages.
///
/// Most files hold one record per line, so the numbers are kept as runs of consecutive lines:
/// ```
/// lineNumbers[r] = line_k + (r − row_k)      k = the last run with row_k ≤ r
/// ```
/// a million-row file without blank lines or line breaks inside quotes costing one run rather
/// than eight bytes a row. When runs would outnumber half the rows, the numbers are kept one by
/// one instead, so the cost never exceeds an array of them.
public struct CSVLineNumbers: RandomAccessCollection, Equatable, ExpressibleByArrayLiteral, Sendable {
    /// The first row of each run and the line it starts on, ascending, while kept as runs.
    private var runRows: [Int] = []
    private var runLines: [Int] = []
    /// Every row's line, once runs would cost more.
    private var explicit: [Int]?
    public private(set) var endIndex = 0
    public var startIndex: Int { 0 }

    /// No rows yet.
    init() {}

    /// The rows' lines, `lines[r]` for row r.
    public init(_ lines: [Int]) {
        for line in lines { append(line) }
    }

    public init(arrayLiteral lines: Int...) {
        self.init(lines)
    }

    /// Adds the line of the next row.
    mutating func append(_ line: Int) {
        defer { endIndex += 1 }
        if explicit != nil {
            explicit!.append(line)
        } else if let last = runLines.last, line == last + (endIndex - runRows[runRows.count - 1]) {
            return
        } else if 2 * (runRows.count + 1) > endIndex + 1 && endIndex >= 16 {
            explicit = Array(self) + [line]
            runRows = []
            runLines = []
        } else {
            runRows.append(endIndex)
            runLines.append(line)
        }
    }

    public subscript(row: Int) -> Int {
        precondition(row >= 0 && row < endIndex, "row out of range")
        if let explicit { return explicit[row] }
        // The last run starting at or before `row`.
        var low = 0, high = runRows.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runRows[middle] <= row { low = middle } else { high = middle - 1 }
        }
        return runLines[low] + (row - runRows[low])
    }

    public static func == (a: CSVLineNumbers, b: CSVLineNumbers) -> Bool {
        a.elementsEqual(b)
    }
}
