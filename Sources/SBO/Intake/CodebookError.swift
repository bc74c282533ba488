/// What can be wrong with a codebook file (`--codebook`). All are bad data (exit 65).
public enum CodebookError: SeveralProblems, Equatable {
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
    /// Several of the problems above (a row's first each), in the order of their lines, so that
    /// one run lists them all.
    case several(source: String, problems: [CodebookError])

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
        case let .several(source, problems):
            return "\(source): \(problems.count) problems (each listed below)"
        }
    }

    var severalProblems: [CodebookError]? {
        if case let .several(_, problems) = self { return problems }
        return nil
    }

    /// The line the problem is on (nil for ``several(source:problems:)``).
    var line: Int? {
        switch self {
        case let .missingColumn(_, line, _, _), let .emptyColumnName(_, line), let .repeatedColumn(_, line, _, _),
             let .unknownMeaning(_, line, _, _), let .unknownPolarity(_, line, _), let .repeatedMeaning(_, line, _, _):
            return line
        case .several: return nil
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
