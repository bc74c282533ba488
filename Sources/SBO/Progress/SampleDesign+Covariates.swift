extension SampleDesign {
    /// The columns of SAMPLE.csv that are not covariates: the id, the design's own columns
    /// (the stratum is a covariate under the name `stratum`), and the size column.
    static let designColumns: Set<String> = [
        "stratum", "stratum_size", "role", "order", "inclusion_probability", "weight",
    ]

    /// The most distinct values a frame column may take to be compared as a category (SPEC:
    /// "every other frame column with at most 50 distinct values").
    public static let maximumCovariateLevels = 50

    /// The rows of the primary stations (the stations observers were sent to), in file order.
    public var primaryRows: [Int] {
        stations.indices.filter { stations[$0].role == .primary }
    }

    /// The sample's own columns at its primary stations (in ``primaryRows`` order), as
    /// ``RepresentativenessTest`` compares them: the stratum; the size column (registered
    /// voters) as a number; and every other column of SAMPLE.csv (the frame's) with at most
    /// ``maximumCovariateLevels`` distinct values among the primaries, as a category (a
    /// missing cell is a category of its own). Columns that take one value only are left out.
    ///
    /// - Parameter sizeColumn: the manifest's `frame.size_column`.
    public func covariates(sizeColumn: String = "registered_voters") -> [StationCovariate] {
        let rows = primaryRows
        var covariates = [StationCovariate.categorical(name: "stratum", cells: rows.map { stations[$0].stratum })]
        for (index, name) in table.header.enumerated()
        where name != idColumn && !Self.designColumns.contains(name) {
            let cells = rows.map { table.columns[index][$0] }
            if name == sizeColumn {
                covariates.append(StationCovariate(name: name, values: .numeric(cells.map(CellValue.number))))
                continue
            }
            let covariate = StationCovariate.categorical(name: name, cells: cells)
            if case let .categorical(_, levelCount) = covariate.values, levelCount <= Self.maximumCovariateLevels {
                covariates.append(covariate)
            }
        }
        return covariates.filter(\.varies)
    }
}
