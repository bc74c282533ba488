/// What can stop `sbo forensics` beyond the errors of reading its files.
public enum ForensicsError: ReportableError, Equatable {
    /// `--by` names a column that OFFICIAL.csv does not have.
    case unknownDomainColumn(column: String, source: String, suggestion: String?)
    /// The official results have no `votes_*` column, so there is no leader or share to test.
    case noCandidates(source: String)

    public var kind: FailureKind {
        switch self {
        case .unknownDomainColumn: .badUsage
        case .noCandidates: .badData
        }
    }

    public var description: String {
        switch self {
        case let .unknownDomainColumn(column, source, suggestion):
            "\(source): no column '\(column)' to group by"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; --by needs a column of the official results")
        case let .noCandidates(source):
            "\(source): no votes_<candidate> column; the forensics need each candidate's votes per station"
        }
    }
}
