/// The list of polling stations a sample is drawn from: one row per station.
///
/// Built from a CSV table: the id column (`station_id` unless named otherwise) must hold
/// unique, non-empty ids; the size column (`registered_voters` unless named otherwise), when
/// present, whole numbers from 0 to ``maximumSize``. Every other column is kept as text, and
/// any column can serve as strata.
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

    /// The default names of the id and size columns (SPEC "Files").
    public static let defaultIDColumn = "station_id"
    public static let defaultSizeColumn = "registered_voters"

    /// The largest size (registered voters at one station) a frame may hold: far above any
    /// real polling station, and small enough that the sum over any frame that fits in memory
    /// (up to 9·10⁹ stations) stays inside `Int`. Without it, two sizes near 8·10¹⁸ made the
    /// totals of `sbo frame` overflow (found by fuzzing; `HostileInputTests`).
    public static let maximumSize = 1_000_000_000

    /// Validates `table` as a frame.
    /// - Parameters:
    ///   - idColumn: the name of the column of station ids.
    ///   - sizeColumn: the name of the column of registered voters.
    ///   - requireSize: whether a missing size column is an error (PPS, turnout).
    public init(
        table: CSVTable, idColumn: String = defaultIDColumn,
        sizeColumn: String = defaultSizeColumn, requireSize: Bool = false
    ) throws(FrameError) {
        guard let id = table.columnIndex(idColumn) else {
            throw .missingColumn(
                source: table.source, line: table.headerLineNumber, column: idColumn, option: "--id-column",
                suggestion: table.closestColumnName(to: idColumn))
        }
        guard table.rowCount > 0 else { throw .noStations(source: table.source) }
        var firstLine: [String: Int] = [:]
        firstLine.reserveCapacity(table.rowCount)
        for (row, stationID) in table.columns[id].enumerated() {
            let line = table.lineNumbers[row]
            if stationID.isEmpty {
                throw .emptyIdentifier(source: table.source, line: line, column: idColumn)
            }
            if let earlier = firstLine.updateValue(line, forKey: stationID) {
                throw .duplicateIdentifier(
                    source: table.source, id: stationID, firstLine: earlier, secondLine: line)
            }
        }
        self.table = table
        self.idColumn = id
        if let size = table.columnIndex(sizeColumn) {
            self.sizeColumn = size
            self.sizes = try Self.wholeNumbers(in: table, column: size)
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
    public var ids: [String] { table.columns[idColumn] }

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

    private static func wholeNumbers(in table: CSVTable, column: Int) throws(FrameError) -> [Int] {
        var values = [Int]()
        values.reserveCapacity(table.rowCount)
        for (row, text) in table.columns[column].enumerated() {
            guard let value = CellValue.nonNegativeInteger(text) else {
                throw .invalidSize(
                    source: table.source, line: table.lineNumbers[row],
                    column: table.header[column], value: text)
            }
            guard value <= maximumSize else {
                throw .sizeTooLarge(
                    source: table.source, line: table.lineNumbers[row],
                    column: table.header[column], value: text)
            }
            values.append(value)
        }
        return values
    }

    /// The stations grouped by the values of `column`, or one stratum `all` when `column` is nil.
    public func stratification(by column: String?) throws(FrameError) -> Stratification {
        guard let column else {
            return Stratification(
                column: nil, names: [Stratification.singleStratumName],
                members: [Array(0..<stationCount)])
        }
        guard let index = table.columnIndex(column) else {
            throw .missingColumn(
                source: table.source, line: table.headerLineNumber, column: column, option: "--stratify-by",
                suggestion: table.closestColumnName(to: column))
        }
        var groups: [String: [Int]] = [:]
        for (row, value) in table.columns[index].enumerated() {
            if value.isEmpty {
                throw .emptyStratum(source: table.source, line: table.lineNumbers[row], column: column)
            }
            groups[value, default: []].append(row)
        }
        let names = groups.keys.sorted(by: Stratification.byteOrder)
        return Stratification(column: column, names: names, members: names.map { groups[$0]! })
    }
}
