extension DataQuality {
    /// The SPEC's JSON `data_quality` object: `rows_read`, `stations`, `duplicates` (each
    /// `station_id`, `kept_line`, `dropped_lines`, `resolution` — identical, latest or
    /// first —, `differing_columns`), `columns_not_used` (each `column`, `reason`),
    /// `answers_treated_as_missing` (each `line`, `column`, `value`, `suggestion`) and
    /// `excluded_counts` (each `station_id`, `line`, `problem`).
    public var json: JSONValue {
        .object([
            ("rows_read", .integer(rowsRead)),
            ("stations", .integer(stations)),
            ("duplicates", .array(duplicates.map { d in
                .object([
                    ("station_id", .string(d.station)), ("kept_line", .integer(d.keptLine)),
                    ("dropped_lines", .array(d.droppedLines.map(JSONValue.integer))),
                    ("resolution", .string(d.resolution.rawValue)),
                    ("differing_columns", .array(d.differingColumns.map(JSONValue.string))),
                ])
            })),
            ("columns_not_used", .array(columnsNotUsed.map { c in
                .object([("column", .string(c.column)), ("reason", .string(c.reason))])
            })),
            ("answers_treated_as_missing", .array(answersTreatedAsMissing.map { a in
                .object([
                    ("line", .integer(a.line)), ("column", .string(a.column)), ("value", .string(a.value)),
                    ("suggestion", a.suggestion.map(JSONValue.string) ?? .null),
                ])
            })),
            ("excluded_counts", .array(excludedCounts.map { e in
                .object([("station_id", .string(e.station)), ("line", .integer(e.line)), ("problem", .string(e.problem))])
            })),
        ])
    }

    /// The same account with more columns not used (e.g. indicators left out by
    /// `--indicators`).
    public func addingColumnsNotUsed(_ more: [UnusedColumn]) -> DataQuality {
        DataQuality(
            source: source, rowsRead: rowsRead, stations: stations, duplicates: duplicates,
            columnsNotUsed: columnsNotUsed + more, answersTreatedAsMissing: answersTreatedAsMissing,
            excludedCounts: excludedCounts)
    }
}
