/// What can be wrong with the election-day data files: the observers' OBS.csv joined to
/// SAMPLE.csv, the official OFFICIAL.csv, and the columns a request names.
///
/// Every message is one line, `FILE:LINE: what is wrong` where a place is known, and says how
/// to fix it. File problems are bad data (exit 65); naming a column that does not exist in
/// `--indicators` or `--by` is bad usage (exit 64).
public enum ObservationError: ReportableError, Equatable {
    /// A required column is absent; `suggestion` is the closest header name.
    case missingColumn(source: String, line: Int, column: String, suggestion: String?)
    /// The file has a header but no station rows.
    case noStations(source: String)
    /// A row's station id is empty.
    case emptyStation(source: String, line: Int, column: String)
    /// A station id of OBS.csv is not in SAMPLE.csv; `suggestion` is the closest sampled id.
    case unknownStation(source: String, line: Int, id: String, sample: String, suggestion: String?)
    /// A station id appears on two lines.
    case duplicateStation(source: String, id: String, firstLine: Int, secondLine: Int)
    /// A cell of a count column (`ballots_cast`, `registered_voters`, `votes_*`) is not a
    /// non-negative whole number.
    case notACount(source: String, line: Int, column: String, value: String)
    /// A cell of OFFICIAL.csv is missing: official results must be complete.
    case missingOfficialValue(source: String, line: Int, column: String)
    /// A column named in `--indicators` holds something other than yes/no answers.
    case notAnIndicator(source: String, line: Int, column: String, value: String)
    /// `--indicators` names a column that OBS.csv does not have.
    case unknownIndicator(source: String, column: String, suggestion: String?)
    /// `--by` names a column that neither SAMPLE.csv nor OBS.csv has.
    case unknownDomainColumn(column: String, sample: String, observations: String, suggestion: String?)

    public var kind: FailureKind {
        switch self {
        case .unknownIndicator, .unknownDomainColumn: .badUsage
        default: .badData
        }
    }

    public var description: String {
        switch self {
        case let .missingColumn(source, line, column, suggestion):
            return "\(source):\(line): there is no column named \"\(column)\"\(Self.hint(suggestion)); "
                + "rename the column"
        case let .noStations(source):
            return "\(source):2: the file has a header but no stations; one row per station is needed"
        case let .emptyStation(source, line, column):
            return "\(source):\(line): the \(column) cell is empty; every row needs its station's id"
        case let .unknownStation(source, line, id, sample, suggestion):
            return "\(source):\(line): station '\(id)' is not in \(sample)\(Self.hint(suggestion)); "
                + "observations must come from sampled stations: correct the id or remove the row"
        case let .duplicateStation(source, id, firstLine, secondLine):
            return "\(source):\(secondLine): station '\(id)' appears again (first on line "
                + "\(firstLine)); keep one row per station"
        case let .notACount(source, line, column, value):
            return "\(source):\(line): \(column) '\(value)' is not a whole number of at least 0; "
                + "write counts as digits only (missing: empty, NA, N/A, ., -)"
        case let .missingOfficialValue(source, line, column):
            return "\(source):\(line): \(column) is missing; official results need every station's counts"
        case let .notAnIndicator(source, line, column, value):
            return "\(source):\(line): column '\(column)' is not an indicator: line \(line) has "
                + "'\(value)'; an indicator holds 0/1, yes/no, true/false or y/n (missing: empty, "
                + "NA, N/A, ., -)"
        case let .unknownIndicator(source, column, suggestion):
            return "--indicators names '\(column)', which \(source) does not have\(Self.hint(suggestion)); "
                + "name columns of the observations file"
        case let .unknownDomainColumn(column, sample, observations, suggestion):
            return "--by names '\(column)', which neither \(sample) nor \(observations) has"
                + "\(Self.hint(suggestion)); name a column such as region"
        }
    }

    private static func hint(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}
