import Dispatch

/// The list of polling stations a sample is drawn from: one row per station.
///
/// Built from a CSV table: the id column (`station_id` unless named otherwise) must hold
/// unique, non-empty ids; the size column (`registered_voters` unless named otherwise), when
/// present, whole numbers from 0 to ``maximumSize``. Every other column is kept as text, and
/// any column can serve as strata.
///
/// How values are read, the same for the frame and for SAMPLE.csv (``SampleDesign``), so that
/// sbo always accepts its own SAMPLE.csv (SPEC: "the frame's reader and SAMPLE.csv's reader
/// agree on every value"):
/// - cells are taken as written (``table(parsing:source:)``: no formula-guard apostrophe is
///   removed from a frame, which sbo did not write), and a station's ticket uses its id
///   exactly as written, so that an independent re-draw from the file's ids agrees;
/// - ids are unique and strata named after trimming spaces and tabs (`North` and `North ` are
///   one stratum, called `North`; ` A` and `A` are one id twice);
/// - values are compared as bytes: two that differ only in their Unicode spelling
///   (canonically equivalent) are an error, so that no result depends on row order.
///
/// ```swift
/// let frame = try SamplingFrame(table: CSVReader.read(path: "frame.csv"))
/// let regions = try frame.stratification(by: "region")
/// ```
public struct SamplingFrame: Sendable {
    /// The table as read.
    public let table: CSVTable
    /// Index of the id column in `table`.
    public let idColumn: Int
    /// Index of the size column, when the frame has one.
    public let sizeColumn: Int?
    /// Each station's size (registered voters), when the frame has a size column.
    public let sizes: [Int]?
    /// The stratification by the column `stratifyBy` named at init, computed beside the
    /// checks (`stratification(by:)` returns it for that column).
    let presetStratification: (column: String, stratification: Stratification)?

    /// The default names of the id and size columns (SPEC "Files").
    public static let defaultIDColumn = "station_id"
    public static let defaultSizeColumn = "registered_voters"

    /// The largest size (registered voters at one station) a frame may hold: far above any
    /// real polling station, and small enough that the sum over any frame that fits in memory
    /// (up to 9·10⁹ stations) stays inside `Int`. Without it, two sizes near 8·10¹⁸ made the
    /// totals of `sbo frame` overflow (found by fuzzing; `HostileInputTests`).
    public static let maximumSize = 1_000_000_000

    /// The frame file's bytes as a table, every cell as written (see the type's description).
    public static func table(parsing bytes: [UInt8], source: String) throws(CSVError) -> CSVTable {
        try CSVReader.parse(bytes, source: source, removingFormulaGuard: false)
    }

    /// Validates `table` as a frame.
    /// - Parameters:
    ///   - idColumn: the name of the column of station ids.
    ///   - sizeColumn: the name of the column of registered voters.
    ///   - requireSize: whether a missing size column is an error (PPS, turnout).
    ///   - stratifyBy: a column to stratify by, whose stratification (``stratification(by:)``)
    ///     is then formed at the same time as the checks, on another core, and whose problems
    ///     are listed with theirs.
    public init(
        table: CSVTable, idColumn: String = defaultIDColumn,
        sizeColumn: String = defaultSizeColumn, requireSize: Bool = false, stratifyBy: String? = nil
    ) throws(FrameError) {
        guard let id = table.columnIndex(idColumn) else {
            throw .missingColumn(
                source: table.source, line: table.headerLineNumber, column: idColumn, option: "--id-column",
                suggestion: table.closestColumnName(to: idColumn))
        }
        guard table.rowCount > 0 else { throw .noStations(source: table.source) }
        let size = table.columnIndex(sizeColumn)
        // The strata, the ids and the sizes at once, on two cores (the strata on one, the ids
        // then the sizes on the other, as the work is picked up in order); all their problems
        // are listed together, in line order.
        nonisolated(unsafe) var idProblems: [FrameError] = []
        nonisolated(unsafe) var sizesRead: Result<[Int], FrameError>?
        nonisolated(unsafe) var strata: Result<Stratification, FrameError>?
        let tasks: [Int] = (stratifyBy == nil ? [] : [0]) + [1] + (size == nil ? [] : [2])
        DispatchQueue.concurrentPerform(iterations: tasks.count) { index in
            switch tasks[index] {
            case 0:
                strata = Result { () throws(FrameError) in try Self.stratification(of: table, by: stratifyBy) }
            case 1:
                idProblems = Self.identifierProblems(in: table, column: id)
            default:
                sizesRead = Result { () throws(FrameError) in try Self.wholeNumbers(in: table, column: size!) }
            }
        }
        var problems = idProblems
        if case let .failure(error)? = sizesRead { problems += error.problems }
        if case let .failure(error)? = strata { problems += error.problems }
        if let problem = FrameError.combined(problems, source: table.source) { throw problem }
        if let stratifyBy, case let .success(stratification)? = strata {
            presetStratification = (stratifyBy, stratification)
        } else {
            presetStratification = nil
        }
        self.table = table
        self.idColumn = id
        if let size, let sizesRead {
            self.sizeColumn = size
            self.sizes = try sizesRead.get()
        } else if requireSize {
            throw .missingColumn(
                source: table.source, line: table.headerLineNumber, column: sizeColumn, option: "--size-column",
                suggestion: table.closestColumnName(to: sizeColumn))
        } else {
            self.sizeColumn = nil
            self.sizes = nil
        }
    }

    /// The number of polling stations.
    public var stationCount: Int { table.rowCount }

    /// The station ids, in the frame's row order.
    public var ids: [String] { Array(table.columns[idColumn]) }

    /// The file the frame came from, for messages.
    public var source: String { table.source }

    /// The values of a named column parsed as non-negative whole numbers (for `--pps COL`).
    public func wholeNumbers(in column: String, option: String) throws(FrameError) -> [Int] {
        if let sizeColumn, table.header[sizeColumn] == column, let sizes { return sizes }
        guard let index = table.columnIndex(column) else {
            throw .missingColumn(
                source: table.source, line: table.headerLineNumber, column: column, option: option,
                suggestion: table.closestColumnName(to: column))
        }
        return try Self.wholeNumbers(in: table, column: index)
    }

    /// The cells of `column` as whole numbers from 0 to ``maximumSize``; throws every cell
    /// that is not one.
    private static func wholeNumbers(in table: CSVTable, column: Int) throws(FrameError) -> [Int] {
        try table.withCellBytes { cells throws(FrameError) in
            var values = [Int]()
            values.reserveCapacity(table.rowCount)
            var problems: [FrameError] = []
            for row in 0..<table.rowCount {
                let cell = cells[row, column]
                if let value = plainDigits(cell), value <= maximumSize {
                    values.append(value)
                    continue
                }
                let text = String(decoding: cell, as: UTF8.self)
                let line = table.lineNumbers[row], name = table.header[column]
                let parsed = CellValue.nonNegativeInteger(text)
                if let value = parsed, value <= maximumSize {
                    values.append(value)
                } else {
                    problems.append(parsed == nil
                        ? .invalidSize(source: table.source, line: line, column: name, value: text)
                        : .sizeTooLarge(source: table.source, line: line, column: name, value: text))
                }
            }
            if let problem = FrameError.combined(problems, source: table.source) { throw problem }
            return values
        }
    }

    /// The value of a cell of 1 to 18 ASCII digits and nothing else, or nil; every such cell is
    /// read by ``CellValue/nonNegativeInteger(_:)`` as this value, and every other cell is left
    /// to it.
    private static func plainDigits(_ cell: UnsafeBufferPointer<UInt8>) -> Int? {
        guard cell.count > 0 && cell.count <= 18 else { return nil }
        var value = 0
        for byte in cell {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// `text` without surrounding spaces and tabs (``String/trimmingBlanks``), without a copy
    /// when there are none.
    static func trimmed(_ text: String) -> String {
        let utf8 = text.utf8
        let isBlank = { (byte: UInt8?) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        return isBlank(utf8.first) || isBlank(utf8.last) ? text.trimmingBlanks : text
    }
}
