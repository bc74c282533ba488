/// What is impossible about a station's counts (``ExcludedCount``), so that people read it in
/// their language (``DataQualityMessages``) and error messages and JSON in English
/// (``description``). Tests: `ReportMessagesTests.dataSentencesInEveryLanguage`, `IntakeTests`.
public enum CountProblem: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// A count cell that is not a whole number of at least 0.
    case notACount(column: String, value: String)
    /// More ballots cast than registered voters.
    case ballotsAboveRegistered(ballots: Int, registered: Int)
    /// More votes for the candidates together than ballots cast.
    case votesAboveBallots(votes: Int, ballots: Int)

    /// The problem in `m`'s words, counts written by `count`.
    public func text(_ m: DataQualityMessages, count: (Int) -> String) -> String {
        switch self {
        case let .notACount(column, value): m.problemNotACount(column, value)
        case let .ballotsAboveRegistered(ballots, registered): m.problemBallotsAboveRegistered(count(ballots), count(registered))
        case let .votesAboveBallots(votes, ballots): m.problemVotesAboveBallots(count(votes), count(ballots))
        }
    }

    /// In English, counts as plain integers (`ballots_cast 8400 is more than its 1519 registered voters`).
    public var description: String { text(.english, count: String.init) }
}
