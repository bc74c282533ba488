/// A column of OBS.csv (other than the station id): what it means, what its cells hold,
/// and whether it is used.
public struct ObservationColumn: Sendable, Equatable, Hashable {
    /// The name sbo uses in outputs and options: the header without its group path
    /// (`checklist/ballot_stuffing` is `ballot_stuffing`), `votes_NAME` for a codebook's
    /// `votes:NAME`, the whole header when two columns share the last segment.
    public let name: String
    /// The header as in the file.
    public let header: String
    /// The column's index in the table.
    public let index: Int
    /// What it means (codebook, name or content).
    public let meaning: ColumnMeaning
    /// What its cells hold.
    public let kind: ObservationColumnKind
    /// The text people read for it: the codebook's label, else ``name``.
    public let label: String
    /// Whether "yes" is an irregularity or good (indicators).
    public let polarity: Polarity
    /// The words read as yes and no in it.
    public let vocabulary: AnswerVocabulary
    /// Why the column is not used; nil when it is.
    public let notUsedReason: UnusedColumn.Reason?

    public init(
        name: String, header: String? = nil, index: Int = 0, meaning: ColumnMeaning, kind: ObservationColumnKind,
        label: String? = nil, polarity: Polarity = .irregularity, vocabulary: AnswerVocabulary = .standard,
        notUsedReason: UnusedColumn.Reason? = nil
    ) {
        self.name = name
        self.header = header ?? name
        self.index = index
        self.meaning = meaning
        self.kind = kind
        self.label = label ?? name
        self.polarity = polarity
        self.vocabulary = vocabulary
        self.notUsedReason = notUsedReason
    }

    /// Whether the name gives the column a meaning of its own: `ballots_cast`,
    /// `registered_voters` or a candidate's `votes_*`. Such a column is a count whatever
    /// its values, never an indicator.
    public var hasNamedMeaning: Bool { meaning.isNamedCount }

    /// Whether it holds a candidate's votes.
    public var isCandidateVotes: Bool {
        if case .votes = meaning { return true }
        return false
    }

    /// Whether a column named `name` holds a candidate's votes: `votes_` and a name.
    public static func isCandidateVotes(_ name: String) -> Bool {
        name.hasPrefix("votes_") && name.count > "votes_".count
    }
}
