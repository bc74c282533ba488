/// What a column of an observations export means: the codebook's `meaning` column, or what
/// sbo recognised from the column's name and answers.
public enum ColumnMeaning: Sendable, Hashable {
    /// The polling station's id.
    case stationID
    /// A yes/no question: its share of stations is estimated.
    case indicator
    /// A count other than the named ones: read, not estimated.
    case count
    /// Ballots cast at the station (turnout's numerator).
    case ballotsCast
    /// Registered voters at the station (turnout's denominator).
    case registeredVoters
    /// Votes for one candidate, named as in `votes:NAME` (estimated as `votes_NAME`).
    case votes(candidate: String)
    /// The time the form was submitted.
    case time
    /// Not used.
    case ignore

    /// Every meaning as a codebook writes it, for help and messages (`votes:NAME` stands for
    /// all candidates).
    public static let codebookSpellings = [
        "station_id", "indicator", "count", "ballots_cast", "registered_voters", "votes:NAME", "time",
        "ignore",
    ]

    /// The meaning a codebook's `meaning` cell names (trimmed, any letter case); nil when
    /// it names none.
    public init?(codebookText text: String) {
        let value = text.trimmingBlanks
        switch value.lowercased() {
        case "station_id": self = .stationID
        case "indicator": self = .indicator
        case "count": self = .count
        case "ballots_cast": self = .ballotsCast
        case "registered_voters": self = .registeredVoters
        case "time": self = .time
        case "ignore": self = .ignore
        default:
            guard value.lowercased().hasPrefix("votes:") else { return nil }
            let candidate = String(value.dropFirst("votes:".count)).trimmingBlanks
            guard !candidate.isEmpty else { return nil }
            self = .votes(candidate: candidate)
        }
    }

    /// The codebook's spelling of this meaning.
    public var codebookText: String {
        switch self {
        case .stationID: "station_id"
        case .indicator: "indicator"
        case .count: "count"
        case .ballotsCast: "ballots_cast"
        case .registeredVoters: "registered_voters"
        case let .votes(candidate): "votes:" + candidate
        case .time: "time"
        case .ignore: "ignore"
        }
    }

    /// The meaning a column's name gives it (after its group path is removed):
    /// `ballots_cast`, `registered_voters`, `votes_NAME`; nil for any other name.
    public init?(columnName name: String) {
        switch name {
        case "ballots_cast": self = .ballotsCast
        case "registered_voters": self = .registeredVoters
        default:
            guard name.hasPrefix("votes_"), name.count > "votes_".count else { return nil }
            self = .votes(candidate: String(name.dropFirst("votes_".count)))
        }
    }

    /// Whether the meaning is one of turnout's and vote shares' counts.
    public var isNamedCount: Bool {
        switch self {
        case .ballotsCast, .registeredVoters, .votes: true
        default: false
        }
    }
}
