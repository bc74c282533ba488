/// What can be wrong with a codebook file (`--codebook`). All are bad data (exit 65).
public enum CodebookError: ReportableError, Equatable {
    /// A required column (`column` or `meaning`) is absent.
    case missingColumn(source: String, line: Int, column: String, suggestion: String?)
    /// A row's `column` cell is empty.
    case emptyColumnName(source: String, line: Int)
    /// Two rows name the same export column.
    case repeatedColumn(source: String, line: Int, column: String, firstLine: Int)
    /// A `meaning` that is not one of ``ColumnMeaning/codebookSpellings``.
    case unknownMeaning(source: String, line: Int, value: String, suggestion: String?)
    /// A `polarity` other than `irregularity` or `good`.
    case unknownPolarity(source: String, line: Int, value: String)
    /// Two columns are the station id or the submission time.
    case repeatedMeaning(source: String, line: Int, meaning: String, firstLine: Int)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case let .missingColumn(source, line, column, suggestion):
            return "\(source):\(line): a codebook needs a column named \"\(column)\"\(Self.hint(suggestion)); "
                + "its columns are column, meaning and optionally label, polarity, yes, no"
        case let .emptyColumnName(source, line):
            return "\(source):\(line): the column cell is empty; write the column's name exactly as in the export"
        case let .repeatedColumn(source, line, column, firstLine):
            return "\(source):\(line): column '\(column)' is described again (first on line \(firstLine)); "
                + "keep one row per column"
        case let .unknownMeaning(source, line, value, suggestion):
            return "\(source):\(line): meaning '\(value)' is not one of "
                + "\(ColumnMeaning.codebookSpellings.joined(separator: ", "))\(Self.hint(suggestion))"
        case let .unknownPolarity(source, line, value):
            return "\(source):\(line): polarity '\(value)' is neither 'irregularity' (yes is bad news) "
                + "nor 'good' (yes is what should happen)"
        case let .repeatedMeaning(source, line, meaning, firstLine):
            return "\(source):\(line): a second column has the meaning \(meaning) (the first is on line "
                + "\(firstLine)); only one column can be the \(meaning)"
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
