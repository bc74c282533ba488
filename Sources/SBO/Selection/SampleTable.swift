/// SAMPLE.csv: the frame's columns of every selected station, then the design columns, one row
/// per station, strata in byte order and stations in draw order within each (SPEC `sbo sample`).
///
/// Numbers are written with Swift's shortest round-trip rendering of a `Double`, which is the
/// same on every platform, so the same frame, options and seed give the same bytes.
public enum SampleTable {
    /// The columns sbo adds after the frame's, in order.
    public static let designColumns = [
        "stratum", "stratum_size", "role", "order", "inclusion_probability", "weight",
    ]

    /// The CSV text of `sample`, drawn from `frame`.
    public static func csv(for sample: DrawnSample, frame: SamplingFrame) throws(SelectionError) -> [UInt8] {
        for column in designColumns where frame.table.columnIndex(column) != nil {
            throw .reservedColumn(source: frame.source, column: column)
        }
        var writer = CSVWriter(header: frame.table.header + designColumns)
        let columns = frame.table.columns
        for station in sample.stations {
            let stratum = sample.strata[station.stratum]
            var cells = columns.map { $0[station.row] }
            cells.append(stratum.name)
            cells.append(String(stratum.population))
            cells.append(station.role.rawValue)
            cells.append(String(station.order))
            cells.append("\(station.inclusionProbability)")
            cells.append("\(station.weight)")
            writer.appendRow(cells)
        }
        return writer.bytes
    }
}
