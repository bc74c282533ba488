/// How an observations export is read: which columns are the station id and the submission
/// time, the analyst's codebook, and what to do with each kind of problem. The defaults stop
/// at every problem; each other choice is listed in ``DataQuality``.
public struct IntakeOptions: Sendable {
    /// The station id column (`--id-column`); nil for the sample's.
    public var idColumn: String?
    /// The submission time column (`--time-column`); nil for the codebook's `time` column,
    /// else `_submission_time` or `SubmissionDate`.
    public var timeColumn: String?
    /// The analyst's codebook (`--codebook`).
    public var codebook: Codebook?
    /// `--bad-answers`.
    public var badAnswers: BadAnswerPolicy
    /// `--bad-counts`.
    public var badCounts: BadCountPolicy
    /// `--duplicates`.
    public var duplicates: DuplicatePolicy

    public init(
        idColumn: String? = nil, timeColumn: String? = nil, codebook: Codebook? = nil,
        badAnswers: BadAnswerPolicy = .error, badCounts: BadCountPolicy = .error,
        duplicates: DuplicatePolicy = .error
    ) {
        self.idColumn = idColumn
        self.timeColumn = timeColumn
        self.codebook = codebook
        self.badAnswers = badAnswers
        self.badCounts = badCounts
        self.duplicates = duplicates
    }
}
