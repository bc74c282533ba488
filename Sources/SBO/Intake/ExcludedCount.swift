/// A station whose counts are impossible, and what is wrong with them.
public struct ExcludedCount: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The file's name in messages.
    public let source: String
    /// The 1-based line of the row.
    public let line: Int
    /// The station's id.
    public let station: String
    /// What is impossible, as a phrase (`ballots_cast 8400 is more than its 1519 registered voters`).
    public let problem: String

    public init(source: String, line: Int, station: String, problem: String) {
        self.source = source
        self.line = line
        self.station = station
        self.problem = problem
    }

    /// `FILE:LINE: station 'ID': PROBLEM`.
    public var description: String { "\(source):\(line): station '\(station)': \(problem)" }
}
