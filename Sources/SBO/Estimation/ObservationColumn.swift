/// A column of OBS.csv (other than the station id) and what it holds.
public struct ObservationColumn: Sendable, Equatable, Hashable {
    /// The header name.
    public let name: String
    /// What its cells hold.
    public let kind: ObservationColumnKind

    public init(name: String, kind: ObservationColumnKind) {
        self.name = name
        self.kind = kind
    }

    /// Whether the name gives the column a meaning of its own: `ballots_cast`,
    /// `registered_voters` or a candidate's `votes_*`. Such a column is a count whatever
    /// its values, never an indicator.
    public var hasNamedMeaning: Bool {
        name == "ballots_cast" || name == "registered_voters" || isCandidateVotes
    }

    /// Whether it holds a candidate's votes (`votes_<candidate>`).
    public var isCandidateVotes: Bool { Self.isCandidateVotes(name) }

    /// Whether a column named `name` holds a candidate's votes: `votes_` and a name.
    public static func isCandidateVotes(_ name: String) -> Bool {
        name.hasPrefix("votes_") && name.count > "votes_".count
    }
}
